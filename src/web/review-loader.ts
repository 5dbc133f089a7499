/** Loads the review, statement and comparison views (and the domain they use) only when a workbook is open or several are dropped. */
import type * as ReviewModule from './review-module';
import { loadOnce } from './load-once';

export type ReviewViews = typeof ReviewModule;
export type ReviewLoader = () => Promise<ReviewViews>;

/** The views, loaded once (and again after a failed load). */
// Same spelling as xlsx-loader: webpack makes a static, code-split import of it; tsc leaves it unresolved.
export const loadReviewViews: ReviewLoader = loadOnce(() => import(/* webpackChunkName: "review" */ './review-module' + '') as Promise<ReviewViews>);
