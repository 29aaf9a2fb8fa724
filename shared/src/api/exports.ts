/** View types of this module, shared by the server DTOs and the mini-program. */
export {};
