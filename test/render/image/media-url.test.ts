import { expect } from '@open-wc/testing';
import { checkImageUrl, isRasterType } from '../../../src/render/image/media-url.js';

const base = 'https://app.example/labeling/index.html';

describe('render/image/media-url (bad-inputs S7)', () => {
  it('allows http(s), blob: and raster data: addresses, resolving relative ones against the page', () => {
    expect(checkImageUrl('https://cdn.example/a.jpg', base)).to.deep.equal({
      ok: true,
      url: 'https://cdn.example/a.jpg',
    });
    expect(checkImageUrl('img/a.png', base)).to.deep.equal({
      ok: true,
      url: 'https://app.example/labeling/img/a.png',
    });
    expect(checkImageUrl('blob:https://app.example/1234', base).ok).to.equal(true);
    expect(checkImageUrl('data:image/png;base64,AAAA', base).ok).to.equal(true);
    expect(checkImageUrl('data:image/webp;base64,AAAA', base).ok).to.equal(true);
  });

  it('refuses script, file, HTML and SVG addresses, and non-strings', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'https://cdn.example/logo.svg',
      'vbscript:msgbox',
      'ftp://host/a.png',
    ]) {
      expect(checkImageUrl(bad, base).ok, bad).to.equal(false);
    }
    expect(checkImageUrl(undefined, base).ok).to.equal(false);
    expect(checkImageUrl({ src: 'x' }, base).ok).to.equal(false);
    expect(checkImageUrl('', base).ok).to.equal(false);
  });

  it('accepts only raster response types (or none)', () => {
    expect(isRasterType('image/jpeg')).to.equal(true);
    expect(isRasterType('')).to.equal(true);
    expect(isRasterType('application/octet-stream')).to.equal(true);
    expect(isRasterType('image/svg+xml; charset=utf-8')).to.equal(false);
    expect(isRasterType('text/html')).to.equal(false);
  });
});
