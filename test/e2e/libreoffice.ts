/** LibreOffice Calc as the e2e tests' recalculation engine. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A throw-away LibreOffice profile under `dir` that recalculates every formula of .xlsx files on load; its URL for `-env:UserInstallation`. */
export function makeProfile(dir: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  const item = (name: string): string =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${item('OOXMLRecalcMode')}${item('ODFRecalcMode')}</oor:items>\n`,
  );
  return pathToFileURL(join(dir, 'profile')).href;
}
