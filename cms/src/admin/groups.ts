import type { Label } from '../fields/common'

/**
 * The admin's navigation groups, in the order an editor meets them: the model itself, what trainers
 * take away, news, outcomes, and the upkeep (people and files). Payload orders groups by their
 * first collection in the config, so cms/src/collections/index.ts lists collections in this order
 * of groups within the seed order's constraints.
 */
export const adminGroups = {
  model: { fi: 'Toimintamalli', en: 'Operating model', sv: 'Verksamhetsmodell' },
  learning: { fi: 'Koulutus ja materiaalit', en: 'Training and materials', sv: 'Utbildning och material' },
  news: { fi: 'Ajankohtaista', en: 'News and events', sv: 'Aktuellt' },
  outcomes: { fi: 'Tulokset', en: 'Outcomes', sv: 'Resultat' },
  site: { fi: 'Sivusto', en: 'Site', sv: 'Webbplats' },
  upkeep: { fi: 'Ylläpito', en: 'Administration', sv: 'Administration' },
} satisfies Record<string, Label>
