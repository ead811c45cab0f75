export const SITE_NAME = 'CodeAtlas';
