import { checkImage } from './image-check';

/** A valid 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('image check', () => {
  it('accepts a real PNG with its dimensions', () => {
    expect(checkImage(PNG)).toEqual({ mime: 'image/png', extension: 'png', width: 1, height: 1 });
  });

  it.each([
    ['text named .png', Buffer.from('this is not an image at all, just text')],
    ['a PNG signature with a broken header', Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(20)])],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!', 'latin1')],
    ['too few bytes', Buffer.from([0xff, 0xd8, 0xff])],
  ])('refuses %s', (_case, content) => {
    expect(checkImage(content)).toBeNull();
  });
});
