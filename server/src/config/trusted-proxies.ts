import { isIP } from 'node:net';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** "127.0.0.1, 10.0.0.0/8" → ['127.0.0.1', '10.0.0.0/8']. */
export function splitProxyList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** One address or CIDR block: a typo here would silently trust nobody (or everybody), so it fails the boot. */
export function isProxyEntry(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

export function IsTrustedProxyList(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTrustedProxyList',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'TRUST_PROXY must be comma-separated addresses or CIDRs, e.g. 127.0.0.1,10.0.0.0/8', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && splitProxyList(value).length > 0 && splitProxyList(value).every(isProxyEntry),
      },
    });
}
