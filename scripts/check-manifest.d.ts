/** Types of scripts/check-manifest.js for the TypeScript tests. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}
export function parseXml(xml: string): XmlElement;
/** `hosted`: the manifest of a build for a host; refuses http, localhost and URLs off the SourceLocation's site. */
export function checkManifest(xml: string, options?: { readonly assetsDir?: string; readonly hosted?: boolean }): string[];
