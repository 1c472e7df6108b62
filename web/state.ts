/** The page's state: the language and what has been computed so far. */
import { PGI_SUBINDEX_IDS, type Finding, type GapReport, type Lang, type Plan, type ScoreCard } from "../dist/index.js";
import { strings, type Strings } from "./i18n";

export type Ids = (typeof PGI_SUBINDEX_IDS)[number];
export const IDS = PGI_SUBINDEX_IDS as readonly Ids[];

/** The rank a plan's composite target would reach among the published figures of one edition. */
export interface RankInfo {
  /** The province ranked (the plan's index unit). */
  readonly unit: string;
  readonly composite: number;
  readonly rank: number;
  readonly of: number;
  readonly year: number;
  /** How many provinces have no published figure in that edition. */
  readonly missing: number;
}

export interface State {
  lang: Lang;
  card: ScoreCard | null;
  plan: Plan | null;
  check: readonly Finding[] | null;
  rankInfo: RankInfo | null;
  gap: GapReport | null;
  view: { toImageURL(type: string, scale?: number): Promise<string> } | null;
}

export const state: State = { lang: "vi", card: null, plan: null, check: null, rankInfo: null, gap: null, view: null };

/** The page's texts in its current language. */
export const t = (): Strings => strings(state.lang);
