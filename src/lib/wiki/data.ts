import { getCollection } from 'astro:content';
import type { Instrument } from '../schemas/instrument.ts';
import type { Practice } from '../schemas/practice.ts';
import { contentMemo } from './content-memo.ts';

const instruments = contentMemo(
  async (): Promise<ReadonlyMap<string, Instrument>> =>
    new Map((await getCollection('instruments')).map((e) => [e.data.id, e.data])),
);
const practices = contentMemo(async (): Promise<readonly Practice[]> =>
  Object.freeze((await getCollection('practices')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id))),
);

/** An instrument by id (content collection), or undefined. */
export async function getInstrument(id: string): Promise<Instrument | undefined> {
  return (await instruments()).get(id);
}

/** Every instrument, by id. */
export async function getInstruments(): Promise<ReadonlyMap<string, Instrument>> {
  return instruments();
}

/** Every playbook practice, in id order. */
export async function getPractices(): Promise<readonly Practice[]> {
  return practices();
}
