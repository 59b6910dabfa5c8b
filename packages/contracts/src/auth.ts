import { z } from 'zod';
import { langSchema, timestampSchema } from './common';
import { roleAssignmentSchema, roleSchema } from './roles';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((s) => s.toLowerCase())
  .describe('Email address (case-insensitive)');

export const loginRequestSchema = z
  .strictObject({ email: emailSchema, password: z.string().min(1).max(256) })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const sessionUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: langSchema,
    roles: z.array(roleAssignmentSchema),
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionSchema = z
  .object({
    user: sessionUserSchema,
    csrfToken: z
      .string()
      .describe('Send back as the X-CSRF-Token header on writes made with the session cookie'),
    expiresAt: timestampSchema,
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

/** The password policy, shown to users and enforced on the server. */
export const passwordPolicy = { minLength: 10, maxLength: 128, minClasses: 3 } as const;

/** Checks a password against the policy; returns the reason codes it fails (empty when fine). */
export function passwordProblems(password: string, email?: string): string[] {
  const problems: string[] = [];
  if (password.length < passwordPolicy.minLength) problems.push('too_short');
  if (password.length > passwordPolicy.maxLength) problems.push('too_long');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < passwordPolicy.minClasses) problems.push('too_simple');
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 3 && password.toLowerCase().includes(local)) problems.push('contains_email');
  if (/^(.)\1+$/.test(password) || /^(?:password|12345|qwerty|huahe)/i.test(password))
    problems.push('common');
  return problems;
}

export const passwordProblemText: Record<string, { 'zh-CN': string; en: string }> = {
  too_short: {
    'zh-CN': `至少 ${passwordPolicy.minLength} 个字符`,
    en: `at least ${passwordPolicy.minLength} characters`,
  },
  too_long: {
    'zh-CN': `最多 ${passwordPolicy.maxLength} 个字符`,
    en: `at most ${passwordPolicy.maxLength} characters`,
  },
  too_simple: {
    'zh-CN': '须包含小写字母、大写字母、数字、符号中的至少三类',
    en: 'use at least three of: lower case, upper case, digits, symbols',
  },
  contains_email: { 'zh-CN': '不能包含邮箱用户名', en: 'must not contain the email name' },
  common: { 'zh-CN': '过于常见，容易被猜中', en: 'too common to be safe' },
};

export const changePasswordRequestSchema = z
  .strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) })
  .meta({ id: 'ChangePasswordRequest' });

export const updatePreferencesRequestSchema = z
  .strictObject({ locale: langSchema })
  .meta({ id: 'UpdatePreferencesRequest' });

export const tokenScopeSchema = z.enum(['read', 'write']).meta({ id: 'TokenScope' });

export const createTokenRequestSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(tokenScopeSchema).min(1).max(2),
    expiresInDays: z.number().int().min(1).max(366).optional(),
  })
  .meta({ id: 'CreateTokenRequest' });

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(tokenScopeSchema),
    createdAt: timestampSchema,
    expiresAt: timestampSchema.nullable(),
    lastUsedAt: timestampSchema.nullable(),
    revokedAt: timestampSchema.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createdTokenSchema = z
  .object({
    token: apiTokenSchema,
    secret: z.string().describe('Shown once: send as `Authorization: Bearer <secret>`'),
  })
  .meta({ id: 'CreatedToken' });

export const createUserRequestSchema = z
  .strictObject({
    email: emailSchema,
    displayName: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(256),
    locale: langSchema.default('zh-CN'),
  })
  .meta({ id: 'CreateUserRequest' });

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: langSchema,
    isActive: z.boolean(),
    roles: z.array(roleAssignmentSchema),
    createdAt: timestampSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const assignRoleRequestSchema = z
  .strictObject({
    role: roleSchema,
    organisationId: z.uuid().optional(),
    consortiumId: z.uuid().optional(),
  })
  .meta({ id: 'AssignRoleRequest' });

export const userListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const updateUserRequestSchema = z
  .strictObject({
    displayName: z.string().trim().min(1).max(100).optional(),
    isActive: z.boolean().optional(),
  })
  .meta({ id: 'UpdateUserRequest' });

export const demoAccountSchema = z
  .object({ email: z.string(), role: roleSchema, label: z.object({ 'zh-CN': z.string(), en: z.string() }) })
  .meta({ id: 'DemoAccount' });
export type DemoAccount = z.infer<typeof demoAccountSchema>;
