import { getCollection, getEntry } from 'astro:content';
import type { Instrument } from '../schemas/instrument.ts';
import type { Practice } from '../schemas/practice.ts';

/** An instrument by id (content collection), or undefined. */
export async function getInstrument(id: string): Promise<Instrument | undefined> {
  if (!/^[a-z0-9-]{1,80}$/.test(id)) return undefined;
  return (await getEntry('instruments', id))?.data;
}

/** Every instrument, by id. */
export async function getInstruments(): Promise<Map<string, Instrument>> {
  return new Map((await getCollection('instruments')).map((e) => [e.data.id, e.data]));
}

/** Every playbook practice, in id order. */
export async function getPractices(): Promise<Practice[]> {
  return (await getCollection('practices')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}
