/** The site's name, known to the app without loading any data. */
export const siteTitle = 'Deep Learning Topics';
