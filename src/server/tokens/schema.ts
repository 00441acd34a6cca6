/** Request shapes for /api/tokens. */
import { z } from "zod";
import { TOKEN_ROLES } from "../../store/index.js";

export const NewToken = z.object({
  name: z.string().trim().min(1, "expected a name").max(200, "expected at most 200 characters"),
  role: z.enum(TOKEN_ROLES),
});
