import { expect } from '@open-wc/testing';
import {
  pickRating,
  ratingForKey,
  ratingOf,
  ratingPayload,
  ratingSettings,
} from '../../../src/model/controls/rating.js';
import { node } from './config-nodes.js';

describe('rating model', () => {
  it('reads settings with defaults and caps nonsense', () => {
    expect(ratingSettings(node('Rating', {}))).to.deep.equal({ maxRating: 5, size: 'medium', icon: 'star' });
    expect(ratingSettings(node('Rating', { maxRating: 10, icon: 'heart', size: 'large' }))).to.deep.equal({
      maxRating: 10,
      size: 'large',
      icon: 'heart',
    });
    expect(ratingSettings(node('Rating', { maxRating: -3, icon: '<svg onload>' })).maxRating).to.equal(1);
    expect(ratingSettings(node('Rating', { maxRating: 1e9 })).maxRating).to.equal(100);
  });

  it('a rating of 0 is no result; picking the current star clears it', () => {
    expect(ratingOf({})).to.equal(0);
    expect(ratingOf(4)).to.equal(4);
    expect(ratingPayload(0)).to.equal(undefined);
    expect(ratingPayload(3)).to.equal(3);
    expect(pickRating(3, 3)).to.equal(0);
    expect(pickRating(3, 5)).to.equal(5);
  });

  it('keys step without wrapping, jump with digits and Home/End, and clear', () => {
    expect(ratingForKey(0, 'ArrowRight', 5)).to.equal(1);
    expect(ratingForKey(5, 'ArrowRight', 5)).to.equal(5);
    expect(ratingForKey(1, 'ArrowLeft', 5)).to.equal(1);
    expect(ratingForKey(3, 'ArrowDown', 5)).to.equal(2);
    expect(ratingForKey(3, 'Home', 5)).to.equal(1);
    expect(ratingForKey(3, 'End', 5)).to.equal(5);
    expect(ratingForKey(1, '4', 5)).to.equal(4);
    expect(ratingForKey(1, '7', 5)).to.equal(undefined);
    expect(ratingForKey(3, 'Delete', 5)).to.equal(0);
    expect(ratingForKey(3, 'x', 5)).to.equal(undefined);
  });
});
