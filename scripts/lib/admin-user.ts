import type { Payload } from 'payload'

/**
 * Creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD when both are set and no
 * such user exists. Without them nothing is created: the admin panel then shows Payload's
 * first-user screen. There is no built-in default password.
 */
export async function seedAdmin(payload: Payload): Promise<'created' | 'exists' | 'skipped'> {
  const email = process.env.ADMIN_EMAIL?.trim()
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) return 'skipped'
  const existing = await payload.count({ collection: 'users', where: { email: { equals: email } } })
  if (existing.totalDocs > 0) return 'exists'
  await payload.create({ collection: 'users', data: { email, password, role: 'admin', name: 'Administrator' } })
  return 'created'
}
