// How every headless run of this project starts Debian's Chromium (tests, smoke tests, benchmark):
// never a downloaded browser, no background network traffic (this machine's network is closed),
// and no throttling of pages that are not in front (they must keep painting frames).
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
