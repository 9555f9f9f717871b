import { adminGroups } from '../admin/groups'
import {
  audienceField,
  bodyField,
  localizedText,
  localizedTextarea,
  options,
  plainSummaryField,
  projectField,
  relatedField,
  sourcesField,
  textListField,
  type Label,
  joinLabels,
} from '../fields/common'
import { READY_FOR_REVIEW } from '../hooks/review'
import { diagramKinds } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

const diagramLabels: Record<(typeof diagramKinds)[number], Label> = {
  stages: { fi: 'Vaiheet järjestyksessä', en: 'Ordered stages', sv: 'Steg i ordning' },
  weekly: { fi: 'Viikko-ohjelma', en: 'Weekly programme', sv: 'Veckoprogram' },
}

/** Where the adoption planner's page is named in help texts (site/src/i18n/ui.ts: planner). */
const inThePlan: Label = {
  fi: 'Näkyy osan sivulla ja sivun ”Ota malli käyttöön” suunnitelmassa.',
  en: 'Shown on the component’s page and in the plan on the “Adopt the model” page.',
  sv: 'Visas på delens sida och i planen på sidan ”Inför modellen”.',
}
const withPlanNote = (text: Label): Label => joinLabels(text, inThePlan)

/** One building block of the operating model, e.g. "rotating digital-support person". */
export const Components = publicContent({
  slug: 'components',
  searchFields: ['title', 'slug', 'summary'],
  labels: {
    singular: { fi: 'Toimintamallin osa', en: 'Model component', sv: 'Del av modellen' },
    plural: { fi: 'Toimintamallin osat', en: 'Model components', sv: 'Modellens delar' },
  },
  group: adminGroups.model,
  description: {
    fi: 'Toimintamallin osat, esimerkiksi kiertävä digitukihenkilö tai Virtuaaliverstas. Jokainen osa saa sivustolle oman sivun, ja sivu ”Ota malli käyttöön” kokoaa valittujen osien askeleet, roolit, resurssit ja riskit suunnitelmaksi.',
    en: 'The components of the operating model, for example the rotating digital support person or Virtuaaliverstas. Each has its own page on the site, and the “Adopt the model” page puts the steps, roles, resources and risks of the chosen components into a plan.',
    sv: 'Verksamhetsmodellens delar, till exempel digistödpersonen som går runt eller Virtuaaliverstas. Varje del får en egen sida på webbplatsen, och sidan ”Inför modellen” sammanställer de valda delarnas steg, roller, resurser och risker till en plan.',
  },
  defaultColumns: ['title', 'order', 'project', '_status', READY_FOR_REVIEW, 'updatedAt'],
  defaultSort: 'order',
  fields: [
    localizedText(
      'title',
      { fi: 'Otsikko', en: 'Title', sv: 'Titel' },
      {
        required: true,
        description: {
          fi: 'Osan nimi sivustolla, esimerkiksi ”Kiertävä digitukihenkilö”.',
          en: 'The component’s name on the site, for example “Rotating digital support person”.',
          sv: 'Delens namn på webbplatsen, till exempel ”Digistödperson som går runt”.',
        },
      },
    ),
    {
      name: 'order',
      type: 'number',
      min: 0,
      label: { fi: 'Järjestys mallissa', en: 'Order in the model', sv: 'Ordning i modellen' },
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Osan paikka sivuston osien listassa ja käyttöönottosuunnitelmassa: pienin numero ensin, esimerkiksi 1 ensimmäiselle osalle.',
          en: 'The component’s place in the site’s list of components and in the adoption plan, lowest number first: for example 1 for the first component.',
          sv: 'Delens plats i webbplatsens lista över delar och i planen för införandet, lägsta talet först: till exempel 1 för den första delen.',
        },
      },
    },
    projectField(),
    audienceField(),
    {
      type: 'tabs',
      tabs: [
        {
          label: { fi: 'Sisältö', en: 'Content', sv: 'Innehåll' },
          fields: [
            localizedTextarea(
              'summary',
              { fi: 'Tiivistelmä', en: 'Summary', sv: 'Sammanfattning' },
              {
                required: true,
                maxLength: 600,
                description: {
                  fi: 'Muutama virke siitä, mikä osa on ja mitä sillä tavoitellaan. Näkyy osien listassa ja osan sivun alussa. Enintään 600 merkkiä.',
                  en: 'A few sentences on what the component is and what it aims at. Shown in the list of components and at the top of its page. At most 600 characters.',
                  sv: 'Några meningar om vad delen är och vad den syftar till. Visas i listan över delar och överst på delens sida. Högst 600 tecken.',
                },
              },
            ),
            plainSummaryField(),
            bodyField(),
          ],
        },
        {
          label: { fi: 'Käyttöönotto', en: 'Adoption', sv: 'Införande' },
          fields: [
            {
              name: 'steps',
              type: 'array',
              localized: true,
              label: { fi: 'Näin toimit', en: 'Steps (how to do it)', sv: 'Steg (så gör du)' },
              labels: {
                singular: { fi: 'Askel', en: 'Step', sv: 'Steg' },
                plural: { fi: 'Askeleet', en: 'Steps', sv: 'Steg' },
              },
              admin: {
                description: withPlanNote({
                  fi: 'Askeleet, joilla järjestö ottaa osan käyttöön, siinä järjestyksessä kuin ne tehdään.',
                  en: 'The steps by which an organisation puts the component in place, in the order they are done.',
                  sv: 'Stegen med vilka en organisation tar delen i bruk, i den ordning de görs.',
                }),
              },
              fields: [
                {
                  name: 'title',
                  type: 'text',
                  required: true,
                  label: { fi: 'Askel', en: 'Step', sv: 'Steg' },
                  admin: {
                    description: {
                      fi: 'Lyhyt ohje, esimerkiksi ”Laadi kiertoaikataulu”.',
                      en: 'A short instruction, for example “Make a visiting schedule”.',
                      sv: 'En kort uppmaning, till exempel ”Gör ett besöksschema”.',
                    },
                  },
                },
                {
                  name: 'text',
                  type: 'textarea',
                  required: true,
                  label: { fi: 'Mitä tehdään', en: 'What to do', sv: 'Vad man gör' },
                  admin: {
                    description: {
                      fi: 'Mitä tässä tehdään ja mihin kannattaa kiinnittää huomiota.',
                      en: 'What the step involves and what to pay attention to.',
                      sv: 'Vad steget innebär och vad man ska tänka på.',
                    },
                  },
                },
              ],
            },
            {
              name: 'roles',
              type: 'array',
              localized: true,
              label: { fi: 'Roolit', en: 'Roles', sv: 'Roller' },
              labels: {
                singular: { fi: 'Rooli', en: 'Role', sv: 'Roll' },
                plural: { fi: 'Roolit', en: 'Roles', sv: 'Roller' },
              },
              admin: {
                description: withPlanNote({
                  fi: 'Ketkä osan toteuttamiseen tarvitaan ja mitä kukin tekee.',
                  en: 'Who is needed to run the component and what each does.',
                  sv: 'Vilka som behövs för att genomföra delen och vad var och en gör.',
                }),
              },
              fields: [
                {
                  name: 'role',
                  type: 'text',
                  required: true,
                  label: { fi: 'Rooli', en: 'Role', sv: 'Roll' },
                  admin: {
                    description: {
                      fi: 'Esimerkiksi ”Pajaohjaajat”.',
                      en: 'For example “Workshop instructors”.',
                      sv: 'Till exempel ”Verkstadshandledare”.',
                    },
                  },
                },
                {
                  name: 'description',
                  type: 'textarea',
                  required: true,
                  label: { fi: 'Tehtävät', en: 'Tasks', sv: 'Uppgifter' },
                  admin: {
                    description: {
                      fi: 'Mitä roolissa oleva tekee.',
                      en: 'What the person in this role does.',
                      sv: 'Vad den som har rollen gör.',
                    },
                  },
                },
              ],
            },
            localizedTextarea(
              'resources',
              { fi: 'Resurssit ja aika', en: 'Resources and time', sv: 'Resurser och tid' },
              {
                description: withPlanNote({
                  fi: 'Mitä osa vaatii: henkilöt, työaika, laitteet, tilat ja materiaalit.',
                  en: 'What the component takes: people, working time, equipment, premises and materials.',
                  sv: 'Vad delen kräver: personer, arbetstid, utrustning, lokaler och material.',
                }),
              },
            ),
            // The planner's "a small organisation starts here" set is the components that say why.
            localizedTextarea(
              'smallStart',
              {
                fi: 'Miksi pieni järjestö aloittaa tästä',
                en: 'Why a small organisation starts here',
                sv: 'Varför en liten organisation börjar här',
              },
              {
                description: withPlanNote({
                  fi: 'Täytä vain osille, joista pieni järjestö kannattaa aloittaa: miksi, lähteineen, esimerkiksi ”(DOT 1.2)”. Merkitse oma neuvomme sanoilla ”Työkalupakin ehdotus (ei raporteista):”. Suunnitelman valmis valinta ”Pieni järjestö aloittaa tästä” valitsee ne osat, joilla tämä on täytetty.',
                  en: 'Fill in only for the parts a small organisation should start with: why, with sources, for example “(DOT 1.2)”. Mark our own advice with “Our suggestion (not from the reports):”. The plan’s ready choice “A small organisation starts here” picks the parts that have this.',
                  sv: 'Fyll bara i för de delar som en liten organisation bör börja med: varför, med källor, till exempel ”(DOT 1.2)”. Märk våra egna råd med ”Vårt förslag (inte från rapporterna):”. Planens färdiga val ”En liten organisation börjar här” väljer de delar som har detta.',
                }),
              },
            ),
            // Kept apart from `resources` (which mixes the reports' facts with our advice), so that the
            // planner can sum up what is known and say plainly for which parts the reports give nothing.
            textListField(
              'knownEffort',
              {
                fi: 'Raporttien luvut henkilöistä ja ajasta',
                en: 'People and time the reports give',
                sv: 'Personer och tid enligt rapporterna',
              },
              { fi: 'Luku', en: 'Figure', sv: 'Uppgift' },
              true,
              withPlanNote({
                fi: 'Vain raporteissa annetut luvut henkilöistä, työajasta, kestosta tai kerroista, yksi riviä kohden lähteineen, esimerkiksi ”1 digitukihenkilö noin 3 päivää viikossa (DOT 1.1)”. Jätä tyhjäksi, jos raportti ei anna lukuja: suunnitelma kertoo silloin, ettei tietoa ole.',
                en: 'Only figures the reports give on people, working time, duration or sessions, one per row with its source, for example “1 digital support person about 3 days a week (DOT 1.1)”. Leave empty if the report gives none: the plan then says that nothing is known.',
                sv: 'Bara uppgifter som rapporterna ger om personer, arbetstid, längd eller gånger, en per rad med källa, till exempel ”1 digistödperson cirka 3 dagar i veckan (DOT 1.1)”. Lämna tomt om rapporten inte ger några: planen säger då att uppgifter saknas.',
              }),
            ),
          ],
        },
        {
          label: { fi: 'Opitut asiat ja riskit', en: 'Lessons and risks', sv: 'Lärdomar och risker' },
          fields: [
            textListField(
              'lessons',
              { fi: 'Opitut asiat', en: 'Lessons learned', sv: 'Lärdomar' },
              { fi: 'Opittu asia', en: 'Lesson', sv: 'Lärdom' },
              true,
              {
                fi: 'Mitä hankkeissa opittiin osasta: yksi havainto riviä kohden. Näkyy osan sivulla.',
                en: 'What the projects learned about the component, one finding per row. Shown on its page.',
                sv: 'Vad projekten lärde sig om delen, en iakttagelse per rad. Visas på delens sida.',
              },
            ),
            {
              name: 'risks',
              type: 'array',
              localized: true,
              label: {
                fi: 'Riskit ja niiden hallinta',
                en: 'Risks and how to manage them',
                sv: 'Risker och hur de hanteras',
              },
              labels: {
                singular: { fi: 'Riski', en: 'Risk', sv: 'Risk' },
                plural: { fi: 'Riskit', en: 'Risks', sv: 'Risker' },
              },
              admin: {
                description: withPlanNote({
                  fi: 'Mikä voi mennä vikaan, mitä sille tehtiin ja miten siinä onnistuttiin.',
                  en: 'What can go wrong, what was done about it and how that worked out.',
                  sv: 'Vad som kan gå fel, vad man gjorde åt det och hur det gick.',
                }),
              },
              fields: [
                {
                  name: 'risk',
                  type: 'textarea',
                  required: true,
                  label: { fi: 'Riski', en: 'Risk', sv: 'Risk' },
                  admin: {
                    description: {
                      fi: 'Esimerkiksi ”Henkilöstön poissaolot voivat hidastaa työtä.”',
                      en: 'For example “Staff absences can slow the work down.”',
                      sv: 'Till exempel ”Personalens frånvaro kan göra att arbetet går långsammare.”',
                    },
                  },
                },
                {
                  name: 'action',
                  type: 'textarea',
                  required: true,
                  label: { fi: 'Toimenpide', en: 'Action', sv: 'Åtgärd' },
                  admin: {
                    description: {
                      fi: 'Mitä riskin varalle tehtiin tai kannattaa tehdä.',
                      en: 'What was done, or is worth doing, about the risk.',
                      sv: 'Vad som gjordes, eller lönar sig att göra, åt risken.',
                    },
                  },
                },
                {
                  name: 'outcome',
                  type: 'textarea',
                  label: { fi: 'Tulos', en: 'Outcome', sv: 'Utfall' },
                  admin: {
                    description: {
                      fi: 'Miten toimenpide onnistui, jos se tiedetään. Näkyy vain osan sivulla.',
                      en: 'How the action worked out, if known. Shown on the component’s page only.',
                      sv: 'Hur åtgärden lyckades, om det är känt. Visas bara på delens sida.',
                    },
                  },
                },
              ],
            },
          ],
        },
        {
          label: { fi: 'Kaavio', en: 'Diagram', sv: 'Diagram' },
          fields: [
            {
              name: 'diagram',
              type: 'group',
              localized: true,
              label: {
                fi: 'Vaiheet tai viikko-ohjelma',
                en: 'Stages or weekly programme',
                sv: 'Steg eller veckoprogram',
              },
              admin: {
                description: {
                  fi: 'Vaiheet järjestyksessä tai viikko-ohjelma. Sivusto näyttää ne saavutettavana luettelona tai taulukkona tekstin jälkeen. Jätä tyhjäksi, jos osalla ei ole kumpaakaan.',
                  en: 'Ordered stages or a weekly programme, drawn on the site as an accessible list or table after the body. Leave empty if the component has neither.',
                  sv: 'Steg i ordning eller ett veckoprogram, som visas på webbplatsen som en tillgänglig lista eller tabell efter brödtexten. Lämna tomt om delen inte har någotdera.',
                },
              },
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  label: { fi: 'Tyyppi', en: 'Kind', sv: 'Typ' },
                  options: options(diagramKinds, diagramLabels),
                  admin: {
                    description: {
                      fi: 'Vaiheet näkyvät numeroituna luettelona, viikko-ohjelma taulukkona, jossa on päivä ja ohjelma.',
                      en: 'Stages appear as a numbered list, a weekly programme as a table of days and programme.',
                      sv: 'Steg visas som en numrerad lista, ett veckoprogram som en tabell med dag och program.',
                    },
                  },
                },
                {
                  name: 'items',
                  type: 'array',
                  label: { fi: 'Rivit', en: 'Items', sv: 'Rader' },
                  labels: {
                    singular: { fi: 'Rivi', en: 'Item', sv: 'Rad' },
                    plural: { fi: 'Rivit', en: 'Items', sv: 'Rader' },
                  },
                  admin: {
                    description: {
                      fi: 'Yksi vaihe tai päivä riviä kohden, siinä järjestyksessä kuin ne näytetään.',
                      en: 'One stage or day per row, in the order they are shown.',
                      sv: 'Ett steg eller en dag per rad, i den ordning de visas.',
                    },
                  },
                  fields: [
                    {
                      name: 'label',
                      type: 'text',
                      required: true,
                      label: { fi: 'Vaihe tai päivä', en: 'Stage or day', sv: 'Steg eller dag' },
                      admin: {
                        description: {
                          fi: 'Esimerkiksi ”1. jakso: tutustuminen” tai ”Maanantai”.',
                          en: 'For example “Period 1: getting to know it” or “Monday”.',
                          sv: 'Till exempel ”Period 1: bekanta sig” eller ”Måndag”.',
                        },
                      },
                    },
                    {
                      name: 'text',
                      type: 'textarea',
                      required: true,
                      label: { fi: 'Kuvaus', en: 'Description', sv: 'Beskrivning' },
                      admin: {
                        description: {
                          fi: 'Mitä vaiheessa tai päivänä tapahtuu, yhdellä tai kahdella virkkeellä.',
                          en: 'What happens at this stage or on this day, in one or two sentences.',
                          sv: 'Vad som händer i steget eller under dagen, med en eller två meningar.',
                        },
                      },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    relatedField('coursePacks', 'course-packs', {
      fi: 'Liittyvät koulutuspaketit',
      en: 'Related course packs',
      sv: 'Relaterade utbildningspaket',
    }),
    relatedField('cheatSheets', 'cheat-sheets', {
      fi: 'Liittyvät lunttilaput',
      en: 'Related cheat sheets',
      sv: 'Relaterade lathundar',
    }),
    relatedField('badges', 'badges', {
      fi: 'Liittyvät osaamismerkit',
      en: 'Related badges',
      sv: 'Relaterade kompetensmärken',
    }),
    relatedField('tools', 'tools', { fi: 'Liittyvät työkalut', en: 'Related tools', sv: 'Relaterade verktyg' }),
    // The initial assessment is done with a self-assessment ("Mistä aloitan?"): the plan links it as a material.
    relatedField('selfAssessments', 'self-assessments', {
      fi: 'Liittyvät itsearvioinnit',
      en: 'Related self-assessments',
      sv: 'Relaterade självbedömningar',
    }),
    sourcesField(),
  ],
})
