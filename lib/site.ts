export const SITE_NAME = 'CodeAtlas';
/** Absolute origin for canonical links, the sitemap and previews; set SITE_URL when deploying. */
export const SITE_URL = (process.env.SITE_URL ?? 'https://codeatlas.example').replace(/\/$/, '');
