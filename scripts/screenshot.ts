import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/support/chromium';
import { startStaticServer } from '../tests/support/static-server';

/**
 * Photographs the built atlas: `tsx scripts/screenshot.ts OUT_DIR [name=path@WxH ...]`.
 * Used for the README pictures and for looking at a change as a user would.
 */
async function main() {
  const [outDir = 'docs/screenshots', ...shots] = process.argv.slice(2);
  const list =
    shots.length > 0 ? shots : ['desktop-zh=?lang=zh@1280x800', 'phone-en=?lang=en@390x844'];
  await mkdir(outDir, { recursive: true });
  const server = await startStaticServer('dist');
  const browser = await launchChromium();
  try {
    for (const shot of list) {
      const name = shot.slice(0, shot.indexOf('='));
      const [path, size = '1280x800'] = shot.slice(shot.indexOf('=') + 1).split('@');
      const [width, height] = size.split('x').map(Number);
      const page = await browser.newPage({
        viewport: { width: width ?? 1280, height: height ?? 800 },
      });
      page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
      await page.goto(`${server.url}/${path ?? ''}`);
      await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 });
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${outDir}/${name}.png` });
      await page.close();
      console.log(`${outDir}/${name}.png`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
