// Every page is static HTML; the variant (?variant=) is read in the browser.
export const prerender = true;
// `layer/conv1/index.html` rather than `layer/conv1.html`: served correctly by any static file server.
export const trailingSlash = 'always';
