import { LIMITS, partialDateSchema, blankEntry, type CvEntry, type PortfolioItem, type SectionKey } from './schemas.ts';

/** Which portfolio items fit which CV section (nothing typed twice). */
export const portfolioKindsFor: Partial<Record<SectionKey, readonly PortfolioItem['kind'][]>> = {
  work: ['experience'],
  education: ['credential'],
  course: ['credential', 'learning'],
  skill: ['knowledge', 'talent'],
};

const date = (value: string | null) => (value && partialDateSchema.safeParse(value).success ? value : null);
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Turns a portfolio item into a CV entry of `section`, remembering where it came from. */
export function entryFromPortfolioItem(item: PortfolioItem, section: SectionKey, id: string): CvEntry {
  const startDate = date(item.startDate);
  let endDate = date(item.endDate);
  if (startDate && endDate && endDate < startDate) endDate = null;
  const title = cut(item.title.trim(), LIMITS.title) || cut(item.organisation?.trim() ?? '', LIMITS.title);
  return {
    ...blankEntry(id, section),
    title,
    organisation: cut(item.organisation?.trim() ?? '', LIMITS.organisation),
    startDate,
    endDate,
    description: cut(item.description.trim(), LIMITS.description),
    diploma: section === 'education' ? true : null,
    sourcePortfolioItemId: item.id,
  };
}
