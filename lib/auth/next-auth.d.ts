import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string };
  }
  interface User {
    /** The server-side session authorize() opened; the jwt callback puts it in the token. */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** Id of the row in `sessions` this cookie stands for. */
    sid?: string;
  }
}
