import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { DependenceClassification, DependencePattern } from '../scoring/index.ts';
import type { CardText } from './card-text.ts';

/** Bumped whenever the card's look changes: it is part of the card URL, which is cached as immutable. */
export const CARD_VERSION = 1;
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The card font (Noto Sans SC, subset), regular and bold. */
export interface CardFonts {
  regular: Buffer;
  bold: Buffer;
}

/** What a card shows: the pattern and the dot on the map. */
export interface CardInput {
  pattern: DependenceClassification;
  dependence: number;
  independence: number;
}

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
}

const div = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

const COLORS: Record<DependencePattern, string> = {
  'healthy-interdependence': '#d5ece4',
  'over-dependence': '#fbe3cf',
  'hyper-independence': '#dbe4f6',
  'uneasy-both-ways': '#ece1f2',
};

const MAP = { left: 710, top: 70, size: 420 };
const at = (v: number) => ((Math.min(5, Math.max(1, v)) - 1) / 4) * MAP.size;

/** The map: four regions split at 3, their names, the dashed "clear" corners, the axes and the dot. */
function map(input: CardInput, text: CardText): Node[] {
  const half = MAP.size / 2;
  // Region names sit next to the centre lines, away from the dashed "clear" corners.
  const region = (id: DependencePattern, left: number, top: number): Node =>
    div(
      {
        position: 'absolute',
        left: MAP.left + left,
        top: MAP.top + top,
        width: half - 2,
        height: half - 2,
        backgroundColor: COLORS[id],
        flexDirection: 'column',
        justifyContent: top === 0 ? 'flex-end' : 'flex-start',
        alignItems: 'center',
      },
      div(
        {
          width: half - 24,
          margin: 12,
          justifyContent: 'center',
          textAlign: 'center',
          fontSize: 22,
          fontWeight: 700,
          color: '#1f2328',
          lineHeight: 1.2,
        },
        text.regions[id],
      ),
    );
  const dotX = MAP.left + at(input.dependence);
  const dotY = MAP.top + MAP.size - at(input.independence);
  return [
    region('hyper-independence', 0, 0),
    region('healthy-interdependence', half, 0),
    region('uneasy-both-ways', 0, half),
    region('over-dependence', half, half),
    // Borders are drawn outside the box: 6 px less keeps the dashed corners inside the map.
    div({
      position: 'absolute',
      left: MAP.left + at(4),
      top: MAP.top + MAP.size - at(2),
      width: MAP.size - at(4) - 6,
      height: at(2) - 6,
      border: '3px dashed #535b66',
    }),
    div({
      position: 'absolute',
      left: MAP.left,
      top: MAP.top,
      width: at(2) - 6,
      height: MAP.size - at(4) - 6,
      border: '3px dashed #535b66',
    }),
    div(
      {
        position: 'absolute',
        left: MAP.left,
        top: MAP.top + MAP.size + 16,
        width: MAP.size,
        justifyContent: 'center',
        fontSize: 22,
        color: '#535b66',
      },
      `${text.xAxis} →`,
    ),
    div(
      {
        position: 'absolute',
        left: MAP.left - 250,
        top: MAP.top + half - 16,
        width: 460,
        justifyContent: 'center',
        fontSize: 22,
        color: '#535b66',
        transform: 'rotate(-90deg)',
      },
      `${text.yAxis} →`,
    ),
    div({
      position: 'absolute',
      left: dotX - 26,
      top: dotY - 26,
      width: 52,
      height: 52,
      borderRadius: 26,
      backgroundColor: 'rgba(179, 38, 30, 0.22)',
    }),
    div({
      position: 'absolute',
      left: dotX - 17,
      top: dotY - 17,
      width: 34,
      height: 34,
      borderRadius: 17,
      backgroundColor: '#ffffff',
    }),
    div({
      position: 'absolute',
      left: dotX - 12,
      top: dotY - 12,
      width: 24,
      height: 24,
      borderRadius: 12,
      backgroundColor: '#b3261e',
    }),
  ];
}

/** The card as SVG (satori lays it out; text becomes outlines drawn with the card font). */
export async function renderCardSvg(input: CardInput, text: CardText, fonts: CardFonts): Promise<string> {
  const label = text.labels[`${input.pattern.id}.${input.pattern.strength}`];
  const tree = div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: '#fbfaf7',
      fontFamily: 'Noto Sans SC',
      position: 'relative',
    },
    div({ position: 'absolute', left: 0, top: 0, width: 20, height: CARD_HEIGHT, backgroundColor: '#1d5c63' }),
    div(
      {
        position: 'absolute',
        left: 80,
        top: 70,
        width: 560,
        height: 490,
        flexDirection: 'column',
        justifyContent: 'space-between',
      },
      div({ fontSize: 30, fontWeight: 700, color: '#1d5c63' }, text.siteName),
      div(
        { flexDirection: 'column' },
        div({ fontSize: 30, color: '#535b66', marginBottom: 16 }, text.profile),
        div({ fontSize: 64, fontWeight: 700, color: '#1f2328', lineHeight: 1.15 }, label),
      ),
      div({ fontSize: 28, color: '#1d5c63' }, `${text.cta} →`),
    ),
    ...map(input, text),
  );
  return satori(tree, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [
      { name: 'Noto Sans SC', data: fonts.regular, weight: 400, style: 'normal' },
      { name: 'Noto Sans SC', data: fonts.bold, weight: 700, style: 'normal' },
    ],
  });
}

/** The card as a 1200x630 PNG. */
export async function renderCardPng(input: CardInput, text: CardText, fonts: CardFonts): Promise<Buffer> {
  const svg = await renderCardSvg(input, text, fonts);
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}
