import { z } from "zod";
import { hashPassword } from "../../auth/password";
import { db, Prisma } from "../../db/client";

const operatorInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(120),
  password: z.string().min(12).max(128),
});

/**
 * A platform operator with a password and no second factor yet: the first sign-in enrols TOTP.
 * Used by `npm run platform:operator` and the demo seed, never by a migration. Returns null when
 * the address exists already (nothing is changed then).
 */
export async function createOperator(input: { email: string; name: string; password: string }): Promise<{ id: string } | null> {
  const { email, name, password } = operatorInput.parse(input);
  try {
    return await db.platformOperator.create({
      data: { email, name, passwordHash: await hashPassword(password) },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}
