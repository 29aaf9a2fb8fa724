/** What the JWT guard puts on the request: only the user id; roles are looked up per place. */
export interface AuthUser {
  id: string;
}

export interface JwtPayload {
  sub: string;
}
