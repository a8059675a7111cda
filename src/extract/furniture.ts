// Page furniture: everything on a news page that is not the story. Nothing in a furniture
// paragraph can yield a statement, so it is dropped before tokenising.

import { TERMINAL_END } from './normalise';
import type { Paragraph } from './paragraphs';

export type FurnitureReason = 'header' | 'heading' | 'caption' | 'appeal' | 'comments' | 'self-promotion';

const PHOTO_CREDIT =
  /\([^()]*\b(?:Getty|AFP|AP|Reuters|EPA|PA|Shutterstock|Alamy|Bloomberg|Xinhua|Images?|Photo|Pool)\b[^()]*\)\s*$/;
const CAPTION_LABEL = /\b(?:Photograph|Photo|Image|Picture|Credit|Illustration)\s*:/;

const APPEALS = [
  /\byour (?:support|donation|subscription|contribution|gift)\b/i,
  /\b(?:donate|donation|donations|paywalls?|subscribe|subscribers?|newsletters?|sign up|signing up|inbox)\b/i,
  /\bsupport (?:free-thinking|independent|quality|our) journalism\b/i,
  /\bindependent events\b/i,
];

const COMMENT_PROMPTS = [
  /\bcommenting forum\b/i,
  /\bcomments? (?:section|policy)\b/i,
  /^comments$/i,
  /\bthank you for registering\b/i,
  /\bplease refresh\b/i,
  /\blogged in\b/i,
  /\bthought-provoking conversations\b/i,
  /^(?:advertisement|related|read more|most read|more from|follow us|share this)\b/i,
];

const FIRST_PERSON_PLURAL = /\b(?:we|our|us)\b/i;
const NEWSROOM_WORDS =
  /\b(?:journalism|journalists|reporting|reporters|readers|coverage|newsroom|stories|story)\b/i;
const HAS_QUOTE = /["“”„]/;
const HAS_CUE = /\b(?:said|says|told|tells|added|wrote|tweeted)\b/i;

/** One reason per paragraph, or undefined for story paragraphs. */
export function markFurniture(
  paragraphs: readonly Paragraph[],
  outlet?: string,
): (FurnitureReason | undefined)[] {
  const reasons: (FurnitureReason | undefined)[] = paragraphs.map(() => undefined);
  const firstProse = paragraphs.findIndex((p) => TERMINAL_END.test(p.text) && !isFurnitureText(p, outlet));
  const lines = paragraphs.map((p) => p.text);
  paragraphs.forEach((p, i) => {
    if (isCaption(p.text, lines, i)) reasons[i] = 'caption';
    else if (COMMENT_PROMPTS.some((re) => re.test(p.text))) reasons[i] = 'comments';
    else if (isAppeal(p.text)) reasons[i] = 'appeal';
    else if (isSelfPromotion(p.text, outlet)) reasons[i] = 'self-promotion';
    else if (firstProse < 0 || i < firstProse) reasons[i] = 'header';
    else if (!TERMINAL_END.test(p.text) && !HAS_QUOTE.test(p.text)) reasons[i] = 'heading';
  });
  return reasons;
}

function isFurnitureText(p: Paragraph, outlet?: string): boolean {
  return COMMENT_PROMPTS.some((re) => re.test(p.text)) || isAppeal(p.text) || isSelfPromotion(p.text, outlet);
}

// A statement about donations ("“Your support matters,” the editor said") is still news.
function isAttributedQuote(text: string): boolean {
  return HAS_QUOTE.test(text) && HAS_CUE.test(text);
}

function isAppeal(text: string): boolean {
  return !isAttributedQuote(text) && APPEALS.some((re) => re.test(text));
}

function isSelfPromotion(text: string, outlet?: string): boolean {
  if (isAttributedQuote(text) || !FIRST_PERSON_PLURAL.test(text)) return false;
  const namesOutlet = outlet !== undefined && outlet !== '' && text.includes(outlet);
  return namesOutlet || NEWSROOM_WORDS.test(text);
}

// A caption ends in a photo credit, carries a caption label, or repeats another line.
function isCaption(text: string, lines: readonly string[], index: number): boolean {
  if (PHOTO_CREDIT.test(text)) return true;
  if (CAPTION_LABEL.test(text)) return true;
  if (TERMINAL_END.test(text) && text.length > 60) return false;
  return lines.some((other, j) => j !== index && other !== text && other.startsWith(text));
}
