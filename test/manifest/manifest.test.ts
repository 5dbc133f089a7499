import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkManifest, parseXml } from '../../scripts/check-manifest';

const root = path.join(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const assetsDir = path.join(root, 'assets');

/** The real manifest with one textual change, for the negative cases. */
const broken = (from: string | RegExp, to: string): string => {
  const changed = manifest.replace(from, to);
  if (changed === manifest) throw new Error(`fixture change did not apply: ${String(from)}`);
  return changed;
};

describe('manifest.xml (offline checks)', () => {
  it('passes every check', () => {
    expect(checkManifest(manifest, { assetsDir })).toEqual([]);
  });

  it('has the ribbon icons it references', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(assetsDir, `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it.each([
    ['a missing Permissions element', /(<Permissions>ReadWriteDocument<\/Permissions>)/, '', /missing <Permissions>/],
    ['Requirements after DefaultSettings', /(<Requirements>[\s\S]*?<\/Requirements>)\s*(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/, '$2$1', /<Requirements> is out of order/],
    ['an unknown permission', 'ReadWriteDocument</Permissions>', 'ReadWriteEverything</Permissions>', /Permissions "ReadWriteEverything" is not one of/],
    ['ExcelApi below 1.8', '<Set Name="ExcelApi" MinVersion="1.8"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>', /ExcelApi 1\.7 is below 1\.8/],
    ['an http URL', 'https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', /URL is not https: http:\/\/localhost:3000\/taskpane.html/],
    ['an undefined resid', 'resid="Taskpane.Url"', 'resid="Taskpane.Missing"', /resid "Taskpane.Missing" is not defined/],
    ['a missing icon file', 'assets/icon-80.png', 'assets/icon-81.png', /asset not found: assets\/icon-81.png/],
    ['an Id that is not a GUID', /<Id>[^<]+<\/Id>/, '<Id>tableaux-cls</Id>', /Id "tableaux-cls" is not a GUID/],
    ['an English default locale', '<DefaultLocale>fr-FR</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>', /DefaultLocale "en-US" is not French/],
    ['DisplayName without English override', '<Override Locale="en-US" Value="CLS Workbooks"/>', '', /<DisplayName> has no English/],
    ['a resource string without English', '<bt:Override Locale="en-US" Value="Local health contract"/>', '', /resource "Group.Label" has no English override/],
    ['no ShowTaskpane button on Home', 'id="TabHome"', 'id="TabData"', /no ribbon button on TabHome/],
    ['malformed XML', '</Hosts>\n  <Requirements>', '</Host>\n  <Requirements>', /not well-formed XML/],
  ])('reports %s', (_label, from, to, expected) => {
    const problems = checkManifest(broken(from, to), { assetsDir });
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });
});

describe('parseXml', () => {
  it('reads attributes, entities, comments and nesting', () => {
    const doc = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b>t&lt;u</b><c/></a>');
    expect(doc).toEqual({
      name: 'a',
      attributes: { x: '1 & 2' },
      text: '',
      children: [
        { name: 'b', attributes: {}, children: [], text: 't<u' },
        { name: 'c', attributes: {}, children: [], text: '' },
      ],
    });
  });

  it.each([['<a><b></a>'], ['<a></a><b/>'], ['<a x="1" x="2"/>'], ['<a>&nope;</a>']])('rejects %s', (xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
