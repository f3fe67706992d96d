/** The login form's schema, shared by the browser form and next-auth's authorize(). */
import { z } from "zod";
import "@/lib/validation/errors";

export const loginSchema = z.object({
  email: z.string().trim().min(1).email().max(200),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;
