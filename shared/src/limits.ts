/** Field bounds shared by the server's validators and the mini-program's forms. */
export const LIMITS = {
  displayNameMax: 32,
  avatarUrlMax: 512,
  phonePattern: /^1\d{10}$/,
  wechatCodeMax: 128,
  reasonMin: 2,
  reasonMax: 200,
  pointsAwardMax: 1000,
  idempotencyKeyMax: 64,
  pageSizeMax: 100,
  pageSizeDefault: 20,
} as const;
