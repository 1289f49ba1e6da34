/**
 * Where the nudge card goes. It must never hide the message the person is reacting to (the
 * newest one from the other side) or the composer, and should cover as little of the
 * conversation as it can: first on the person's own side just above the composer, then beside
 * the newest incoming message, then above it, then over the chat list beside the conversation;
 * only if none of those has room does it sit above the composer regardless, scrolling inside.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardPlace {
  left: number;
  /** Distance from the viewport's bottom edge to the card's bottom edge. */
  bottom: number;
  width: number;
  maxHeight: number;
}

export interface PlaceInput {
  viewport: { width: number; height: number };
  /** The composer's bar (its footer, or the composer itself). */
  composer: Box;
  /** Where the messages are shown; the composer's bar when the page shows no list. */
  list: Box;
  /** The newest message from the other side, where it is on screen. */
  incoming: Box | null;
  /** Right-to-left pages put the person's own messages on the left. */
  rtl: boolean;
  /** The card's full height at the width it is offered (its scroll height). */
  height: number;
}

const GAP = 8;
const MAX_WIDTH = 400;
const MIN_WIDTH = 280;
/** Less room than this and the card would be mostly scrolling: try elsewhere. */
const MIN_HEIGHT = 220;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

interface Spot {
  left: number;
  width: number;
  /** The lowest the card's bottom edge may be, and the highest its top edge may be. */
  floor: number;
  ceiling: number;
}

export function placeCard({ viewport, composer, list, incoming, rtl, height }: PlaceInput): CardPlace {
  const area = {
    left: Math.max(0, list.left),
    right: Math.min(viewport.width, list.right),
    top: Math.max(0, list.top),
    bottom: Math.min(viewport.height, composer.top),
  };
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, area.right - area.left - 2 * GAP));
  const ownSide = (w: number) => (rtl ? area.left + GAP : area.right - w - GAP);
  const floor = composer.top - GAP;
  const spots: Spot[] = [{ left: ownSide(width), width, floor, ceiling: area.top + GAP }];
  if (incoming) {
    // Beside it: the room between the message and the conversation's edge on the person's side.
    const besideWidth = Math.min(
      MAX_WIDTH,
      rtl ? incoming.left - area.left - 3 * GAP : area.right - incoming.right - 3 * GAP,
    );
    if (besideWidth >= MIN_WIDTH)
      spots.push({ left: ownSide(besideWidth), width: besideWidth, floor, ceiling: area.top + GAP });
    spots.push({ left: ownSide(width), width, floor: incoming.top - GAP, ceiling: area.top + GAP });
  }
  // The chat list beside the conversation (beyond the composer's bar, which spans the whole
  // conversation pane): covering it hides nothing the person is reacting to.
  const side = rtl ? viewport.width - composer.right - 2 * GAP : composer.left - 2 * GAP;
  if (side >= MIN_WIDTH) {
    const sideWidth = Math.min(MAX_WIDTH, side);
    spots.push({
      left: rtl ? composer.right + GAP : composer.left - GAP - sideWidth,
      width: sideWidth,
      floor: Math.min(viewport.height, composer.bottom) - GAP,
      ceiling: GAP,
    });
  }

  const clear = (spot: Spot, h: number) => {
    const box = { left: spot.left, right: spot.left + spot.width, top: spot.floor - h, bottom: spot.floor };
    return !overlaps(box, composer) && !(incoming && overlaps(box, incoming));
  };
  const room = (spot: Spot) => spot.floor - spot.ceiling;
  const chosen =
    spots.find((spot) => room(spot) >= height && clear(spot, height)) ??
    spots
      .filter((spot) => room(spot) >= MIN_HEIGHT && clear(spot, Math.min(height, room(spot))))
      .sort((a, b) => room(b) - room(a))[0] ??
    (spots[0] as Spot);
  return {
    left: Math.round(chosen.left),
    bottom: Math.round(viewport.height - chosen.floor),
    width: Math.round(chosen.width),
    maxHeight: Math.max(MIN_HEIGHT / 2, Math.round(room(chosen))),
  };
}

/**
 * The box of what a message shows — its words and its pictures — rather than its row, which is
 * often as wide as the list while the bubble is not. Padded a little, as the bubble is.
 */
export function contentBox(element: Element): Box {
  const doc = element.ownerDocument;
  const rects: DOMRect[] = [];
  const range = doc.createRange();
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    rects.push(range.getBoundingClientRect());
  }
  for (const media of element.querySelectorAll('img, video, canvas, svg, [role="img"]'))
    rects.push(media.getBoundingClientRect());
  const drawn = rects.filter((rect) => rect.width > 0 && rect.height > 0);
  if (drawn.length === 0) return element.getBoundingClientRect();
  return {
    left: Math.min(...drawn.map((b) => b.left)) - GAP,
    right: Math.max(...drawn.map((b) => b.right)) + GAP,
    top: Math.min(...drawn.map((b) => b.top)) - GAP,
    bottom: Math.max(...drawn.map((b) => b.bottom)) + GAP,
  };
}

/** The part of an element that can be seen: its box clipped by every scrolling box around it. */
export function visibleBox(element: Element): Box {
  const rect = element.getBoundingClientRect();
  const box = { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
  const view = element.ownerDocument.defaultView;
  for (let parent = element.parentElement; parent && view; parent = parent.parentElement) {
    const { overflowX, overflowY } = view.getComputedStyle(parent);
    if (!/auto|scroll|hidden/.test(`${overflowX} ${overflowY}`)) continue;
    const clip = parent.getBoundingClientRect();
    box.left = Math.max(box.left, clip.left);
    box.right = Math.min(box.right, clip.right);
    box.top = Math.max(box.top, clip.top);
    box.bottom = Math.min(box.bottom, clip.bottom);
  }
  return box;
}
