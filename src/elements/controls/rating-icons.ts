import { svg, type SVGTemplateResult } from 'lit';
import type { RatingIcon } from '../../model/controls/rating.js';

/** The shapes `Rating icon` names (Label Studio: star, heart, fire, smile), drawn in `currentColor`. */
const PATHS: Readonly<Record<RatingIcon, string>> = {
  star: 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z',
  heart:
    'M12 21s-7.5-4.6-9.6-9.2C.9 8.6 2.8 4.5 6.6 4.5c2.2 0 3.8 1.2 5.4 3.1 1.6-1.9 3.2-3.1 5.4-3.1 3.8 0 5.7 4.1 4.2 7.3C19.5 16.4 12 21 12 21z',
  fire: 'M12 2c.5 3.2-1.6 5-3.3 6.8C7 10.6 5.5 12.5 5.5 15.2 5.5 19 8.4 22 12 22s6.5-3 6.5-6.8c0-2.6-1.2-4.7-2.9-6.3.2 1.8-.5 3.2-1.7 3.9.3-4.6-1.6-8.4-1.9-10.8z',
  // the eyes and the mouth are holes (even-odd fill)
  smile:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zM8.5 8a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm7 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM7 13.5h10a5 5 0 0 1-10 0z',
};

export function ratingIcon(icon: RatingIcon): SVGTemplateResult {
  return svg`<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" fill-rule="evenodd" d=${PATHS[icon]}></path></svg>`;
}
