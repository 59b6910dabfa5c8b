import { z } from 'zod';

/** The roles of SPEC §1. `public` needs no account and is not a stored role. */
export const roleSchema = z
  .enum(['platform_admin', 'bureau_staff', 'expert', 'secretariat', 'member_admin', 'member_staff'])
  .meta({ id: 'Role' });
export type Role = z.infer<typeof roleSchema>;

/** What each role is bound to: nothing, an organisation or a consortium. */
export const roleScope: Record<Role, 'platform' | 'organisation' | 'consortium'> = {
  platform_admin: 'platform',
  bureau_staff: 'platform',
  expert: 'platform',
  secretariat: 'consortium',
  member_admin: 'organisation',
  member_staff: 'organisation',
};

export const roleLabels: Record<Role, { 'zh-CN': string; en: string }> = {
  platform_admin: { 'zh-CN': '平台管理员（科技局）', en: 'Platform admin (science bureau)' },
  bureau_staff: { 'zh-CN': '科技局工作人员', en: 'Science bureau staff' },
  expert: { 'zh-CN': '评审专家', en: 'Expert reviewer' },
  secretariat: { 'zh-CN': '联合体秘书处', en: 'Consortium secretariat' },
  member_admin: { 'zh-CN': '成员单位管理员', en: 'Member organisation admin' },
  member_staff: { 'zh-CN': '成员单位科研人员', en: 'Member organisation staff' },
};

export const roleAssignmentSchema = z
  .object({
    id: z.uuid(),
    role: roleSchema,
    organisationId: z.uuid().nullable(),
    organisationName: z.string().nullable(),
    consortiumId: z.uuid().nullable(),
    consortiumName: z.string().nullable(),
  })
  .meta({ id: 'RoleAssignment' });
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;
