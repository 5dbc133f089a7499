// webpack loader for zod/v4/core/core.js: in the browser bundles zod's shared configuration starts as
// { jitless: true }, the documented switch for Content-Security-Policy without 'unsafe-eval'. Otherwise zod probes
// `new Function("")` when a module defines an object schema, and the pages' CSP reports that probe as a violation.
'use strict';

const FROM = '(_a.__zod_globalConfig = {})';
const TO = '(_a.__zod_globalConfig = { jitless: true })';

/**
 * @throws Error when zod's core.js no longer creates its configuration this way (a zod upgrade: update this loader).
 */
module.exports = function zodJitless(source) {
  if (!source.includes(FROM)) {
    throw new Error(`zod-jitless-loader: « ${FROM} » introuvable dans ${this.resourcePath} / not found: zod changed, update this loader`);
  }
  return source.replace(FROM, TO);
};
