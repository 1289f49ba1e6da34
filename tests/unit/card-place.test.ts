import { describe, expect, it } from 'vitest';
import { type Box, type CardPlace, type PlaceInput, placeCard } from '../../lib/content/card-place.ts';

/** A 1280×800 window: the chat list on the left, the conversation to its right, the composer at the bottom. */
const base: PlaceInput = {
  viewport: { width: 1280, height: 800 },
  composer: { left: 384, right: 1280, top: 738, bottom: 800 },
  list: { left: 384, right: 1280, top: 59, bottom: 738 },
  incoming: null,
  rtl: false,
  height: 320,
};

const boxOf = (place: CardPlace, height: number, viewport = base.viewport): Box => ({
  left: place.left,
  right: place.left + place.width,
  bottom: viewport.height - place.bottom,
  top: viewport.height - place.bottom - Math.min(height, place.maxHeight),
});
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('where the nudge card goes', () => {
  it('sits on the person’s own side just above the composer when nothing is in the way', () => {
    const place = placeCard(base);
    expect(place.left + place.width).toBe(1272);
    expect(base.viewport.height - place.bottom).toBe(730);
    expect(place.width).toBe(400);
  });

  it('never covers a long newest incoming message: beside it, above it, or over the chat list', () => {
    const incoming = { left: 392, right: 980, top: 620, bottom: 730 };
    const place = placeCard({ ...base, incoming });
    const card = boxOf(place, base.height);
    expect(overlaps(card, incoming)).toBe(false);
    expect(overlaps(card, base.composer)).toBe(false);
  });

  it('goes over the chat list when the window is small and the message fills the bottom', () => {
    const small: PlaceInput = {
      viewport: { width: 1024, height: 600 },
      composer: { left: 307, right: 1024, top: 538, bottom: 600 },
      list: { left: 307, right: 1024, top: 59, bottom: 538 },
      incoming: { left: 315, right: 780, top: 180, bottom: 530 },
      rtl: false,
      height: 330,
    };
    const place = placeCard(small);
    const card = boxOf(place, small.height, small.viewport);
    expect(overlaps(card, small.incoming as Box)).toBe(false);
    expect(card.right).toBeLessThanOrEqual(307);
  });

  it('mirrors for right-to-left pages', () => {
    const place = placeCard({ ...base, rtl: true });
    expect(place.left).toBe(392);
  });

  it('scrolls inside rather than run off the window when nowhere has room', () => {
    const place = placeCard({ ...base, height: 5000 });
    const card = boxOf(place, 5000);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(base.viewport.height);
    expect(overlaps(card, base.composer)).toBe(false);
  });
});
