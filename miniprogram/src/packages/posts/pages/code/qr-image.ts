import qrcode from 'qrcode-generator';

/** The blank border around the code, in modules: the four the QR standard asks for. */
const QUIET_ZONE_MODULES = 4;

/** Roughly how many pixels wide the picture is drawn: enough for a 3× phone showing it at ~70% of the screen. */
const TARGET_PIXELS = 640;

/**
 * A QR code of `text` as an image URL for Taro's `<Image src>`: a black-on-white GIF in a
 * `data:image/gif;base64,…` URL, with the standard quiet zone. It is plain JavaScript (no
 * canvas, no DOM), so the same picture shows in the WeChat mini-program and in H5.
 *
 * Each module is a whole number of pixels, about TARGET_PIXELS in all, so the picture stays
 * sharp when shown large. Error correction M: a phone's screen photographed by another phone.
 */
export function qrImageUrl(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const modulesAcross = qr.getModuleCount() + 2 * QUIET_ZONE_MODULES;
  const cellSize = Math.max(2, Math.ceil(TARGET_PIXELS / modulesAcross));
  return qr.createDataURL(cellSize, cellSize * QUIET_ZONE_MODULES);
}
