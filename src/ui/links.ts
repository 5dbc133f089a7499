/** Pages the pane and the page link to, relative: they are served beside them at the site's root. */

/** The privacy page (confidentialite.html), opened in a new tab. */
export const PRIVACY_PAGE = 'confidentialite.html';
