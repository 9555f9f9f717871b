import type { ArrayField, Field, Validate } from 'payload'

import { adminGroups } from '../admin/groups'
import {
  levelField,
  levelLabels,
  localizedText,
  localizedTextarea,
  matches,
  message,
  options,
  textListField,
  type Label,
} from '../fields/common'
import { SLUG_PATTERN } from '../fields/slug'
import { assessmentScopes, digcompAreas, levels } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

export const areaLabels = {
  '1': {
    fi: '1 Informaatio- ja datalukutaito',
    en: '1 Information and data literacy',
    sv: '1 Informations- och datakompetens',
  },
  '2': { fi: '2 Viestintä ja yhteistyö', en: '2 Communication and collaboration', sv: '2 Kommunikation och samarbete' },
  '3': {
    fi: '3 Digitaalisen sisällön luominen',
    en: '3 Digital content creation',
    sv: '3 Skapande av digitalt innehåll',
  },
  '4': { fi: '4 Turvallisuus', en: '4 Safety', sv: '4 Säkerhet' },
  '5': { fi: '5 Ongelmanratkaisu', en: '5 Problem solving', sv: '5 Problemlösning' },
} satisfies Record<(typeof digcompAreas)[number], Label>

/** The answer scale has four steps, scored 0–3, like DigCompSAT's ("I don't know how" … "I can help others"). */
export const SCALE_STEPS = 4

type Row = Record<string, unknown>

/** Each DigComp area needs at least two questions, so that one answer alone does not set its level. */
const coversEveryArea: Validate<Row[]> = (rows, { req }) => {
  const counts = new Map<string, number>()
  for (const row of rows ?? []) counts.set(String(row.area), (counts.get(String(row.area)) ?? 0) + 1)
  const thin = digcompAreas.filter((area) => (counts.get(area) ?? 0) < 2)
  if (thin.length === 0) return true
  return message(req, {
    fi: `Kysymykset: jokaisella DigComp-osaamisalueella pitää olla vähintään kaksi kysymystä; liian vähän osaamisalueella ${thin.join(', ')}`,
    en: `Questions: every DigComp area needs at least two questions; too few for area ${thin.join(', ')}`,
    sv: `Frågor: varje DigComp-område behöver minst två frågor; för få för område ${thin.join(', ')}`,
  })
}

const uniqueKeys: Validate<Row[]> = (rows, { req }) => {
  const keys = (rows ?? []).map((row) => String(row.key))
  const repeated = keys.find((key, index) => keys.indexOf(key) !== index)
  if (!repeated) return true
  return message(req, {
    fi: `Kysymykset: tunniste ”${repeated}” on käytössä kahdesti`,
    en: `Questions: the key "${repeated}" is used twice`,
    sv: `Frågor: nyckeln ”${repeated}” används två gånger`,
  })
}

/** An answer rule must name a question the assessment has, or it would never be chosen. */
const namesKnownQuestions: Validate<Row[]> = (rows, { data, req }) => {
  const questions = (data as { questions?: unknown } | undefined)?.questions
  if (!Array.isArray(questions)) return true
  const keys = new Set(questions.map((question) => String((question as Row).key)))
  const unknown = (rows ?? []).map((row) => String(row.question)).find((key) => !keys.has(key))
  if (unknown === undefined) return true
  return message(req, {
    fi: `Suositukset vastausten mukaan: kysymystä ”${unknown}” ei ole`,
    en: `Recommendations by answer: there is no question "${unknown}"`,
    sv: `Rekommendationer enligt svaren: frågan ”${unknown}” finns inte`,
  })
}

/** Level thresholds must start at 0 and rise, so that every average from 0 to 3 falls in exactly one level. */
const risingThresholds: Validate<Row[]> = (rows, { req }) => {
  const minimums = (rows ?? []).map((row) => Number(row.minimum))
  if (minimums.length === 0) return true
  if (minimums[0] !== 0)
    return message(req, {
      fi: 'Tasot: ensimmäisen tason pitää alkaa nollasta',
      en: 'Levels: the first level must start at 0',
      sv: 'Nivåer: den första nivån måste börja vid 0',
    })
  const falling = minimums.findIndex((value, index) => index > 0 && value <= minimums[index - 1]!)
  if (falling === -1) return true
  return message(req, {
    fi: `Tasot: rivin ${falling + 1} pitää alkaa korkeammalta kuin sitä edeltävän rivin`,
    en: `Levels: row ${falling + 1} must start higher than the row before it`,
    sv: `Nivåer: rad ${falling + 1} måste börja högre än raden före`,
  })
}

/** A level select inside a row (levels, level texts): required, in the row rather than the sidebar. */
const rowLevelField = (description: Label) => ({ ...levelField(), required: true, admin: { description } })

/** What a rule recommends: the same three lists for a rule on a level and a rule on one answer. */
const recommendationFields: Field[] = [
  {
    name: 'coursePacks',
    type: 'relationship',
    relationTo: 'course-packs',
    hasMany: true,
    label: { fi: 'Koulutuspaketit', en: 'Course packs', sv: 'Utbildningspaket' },
    admin: {
      description: {
        fi: 'Suositeltavat koulutuspaketit.',
        en: 'The course packs to recommend.',
        sv: 'Utbildningspaket att rekommendera.',
      },
    },
  },
  {
    name: 'cheatSheets',
    type: 'relationship',
    relationTo: 'cheat-sheets',
    hasMany: true,
    label: { fi: 'Lunttilaput', en: 'Cheat sheets', sv: 'Lathundar' },
    admin: {
      description: {
        fi: 'Suositeltavat lunttilaput.',
        en: 'The cheat sheets to recommend.',
        sv: 'Lathundar att rekommendera.',
      },
    },
  },
  {
    name: 'badges',
    type: 'relationship',
    relationTo: 'badges',
    hasMany: true,
    label: { fi: 'Osaamismerkit', en: 'Badges', sv: 'Kompetensmärken' },
    admin: {
      description: {
        fi: 'Suositeltavat osaamismerkit.',
        en: 'The badges to recommend.',
        sv: 'Kompetensmärken att rekommendera.',
      },
    },
  },
]

const questionsField: ArrayField = {
  name: 'questions',
  type: 'array',
  localized: true,
  required: true,
  minRows: 12,
  maxRows: 20,
  label: { fi: 'Kysymykset', en: 'Questions', sv: 'Frågor' },
  admin: {
    description: {
      fi: '12–20 selkeällä yleiskielellä kirjoitettua kysymystä, vähintään kaksi kultakin DigComp-osaamisalueelta. Pidä tunnisteet ja osaamisalueet samoina kaikissa kieliversioissa.',
      en: '12–20 plain-language questions, at least two for each DigComp area. Keep the same keys and areas in every language.',
      sv: '12–20 frågor på lätt språk, minst två för varje DigComp-område. Behåll samma nycklar och områden på alla språk.',
    },
  },
  validate: ((rows: Row[] | null | undefined, context: Parameters<Validate<Row[]>>[1]) => {
    const keys = uniqueKeys(rows ?? [], context)
    return keys === true ? coversEveryArea(rows ?? [], context) : keys
  }) as ArrayField['validate'],
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      label: {
        fi: 'Tunniste (sama kaikissa kieliversioissa)',
        en: 'Key (the same in every language)',
        sv: 'Nyckel (samma på alla språk)',
      },
      validate: matches(SLUG_PATTERN, {
        fi: 'Tunniste: käytä pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä',
        en: 'Key: use lower-case letters a–z, digits and hyphens',
        sv: 'Nyckel: använd små bokstäver a–z, siffror och bindestreck',
      }),
      admin: {
        description: {
          fi: 'Kysymyksen lyhyt tunniste, esimerkiksi search-info. Sivusto käsittelee vastaukset sen avulla; lukija ei näe sitä.',
          en: 'The question’s short key, for example search-info. The site handles the answers by it; readers do not see it.',
          sv: 'Frågans korta nyckel, till exempel search-info. Webbplatsen hanterar svaren med den; läsaren ser den inte.',
        },
      },
    },
    {
      name: 'area',
      type: 'select',
      required: true,
      label: { fi: 'DigComp-osaamisalue', en: 'DigComp area', sv: 'DigComp-område' },
      options: options(digcompAreas, areaLabels),
      admin: {
        description: {
          fi: 'Osaamisalue, jonka tulokseen vastaus lasketaan.',
          en: 'The area whose result the answer counts towards.',
          sv: 'Området vars resultat svaret räknas till.',
        },
      },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 200,
      label: { fi: 'Kysymys (”Osaan …”)', en: 'Question ("I can …")', sv: 'Fråga ("Jag kan …")' },
      admin: {
        description: {
          fi: 'Väite minä-muodossa, esimerkiksi ”Osaan lukea ja lähettää sähköpostia.”',
          en: 'A statement in the first person, for example “I can read and send e-mail.”',
          sv: 'Ett påstående i jag-form, till exempel ”Jag kan läsa och skicka e-post.”',
        },
      },
    },
    {
      name: 'example',
      type: 'textarea',
      maxLength: 200,
      label: { fi: 'Esimerkki (vapaaehtoinen)', en: 'Example (optional)', sv: 'Exempel (valfritt)' },
      admin: {
        description: {
          fi: 'Näkyy kysymyksen alla vihjeenä: arkinen esimerkki, kuten ”Kirjaston aukioloajat tai bussin aikataulu.”',
          en: 'Shown below the question as a hint: an everyday example such as “The library’s opening hours or a bus timetable.”',
          sv: 'Visas under frågan som en ledtråd: ett vardagligt exempel som ”Bibliotekets öppettider eller en busstidtabell.”',
        },
      },
    },
  ],
}

/**
 * "Mistä aloitan?": a private digital-skills self-assessment. The questions, the answer scale, the
 * level thresholds and the rules that turn a result into recommended course packs, cheat sheets
 * and badges are all content, so editors change them without a developer.
 */
export const SelfAssessments = publicContent({
  slug: 'self-assessments',
  labels: {
    singular: { fi: 'Itsearviointi', en: 'Self-assessment', sv: 'Självbedömning' },
    plural: { fi: 'Itsearvioinnit', en: 'Self-assessments', sv: 'Självbedömningar' },
  },
  group: adminGroups.learning,
  description: {
    fi: 'Digitaitojen itsearviointi: kysymykset, vastausasteikko, tasot ja suositukset. Vastaukset käsitellään vain lukijan omassa selaimessa.',
    en: 'The digital-skills self-assessment: questions, answer scale, levels and recommendations. The answers are handled in the reader’s own browser only.',
    sv: 'Självbedömningen av digitala färdigheter: frågor, svarsskala, nivåer och rekommendationer. Svaren hanteras bara i läsarens egen webbläsare.',
  },
  fields: [
    localizedText(
      'title',
      { fi: 'Otsikko', en: 'Title', sv: 'Titel' },
      {
        required: true,
        description: {
          fi: 'Itsearvioinnin otsikko sivulla, esimerkiksi ”Mistä aloitan?”.',
          en: 'The self-assessment’s heading on its page, for example “Where do I start?”.',
          sv: 'Självbedömningens rubrik på sidan, till exempel ”Var börjar jag?”.',
        },
      },
    ),
    {
      type: 'tabs',
      tabs: [
        {
          label: { fi: 'Esittely', en: 'Overview', sv: 'Översikt' },
          fields: [
            localizedTextarea(
              'intro',
              { fi: 'Johdanto', en: 'Introduction', sv: 'Inledning' },
              {
                required: true,
                maxLength: 600,
                description: {
                  fi: 'Näkyy sivun alussa. Kerro lyhyesti, mitä itsearviointi on, kauanko siihen menee ja mitä lukija saa tulokseksi.',
                  en: 'Shown at the top of the page. Say briefly what the self-assessment is, how long it takes and what the reader gets as a result.',
                  sv: 'Visas överst på sidan. Berätta kort vad självbedömningen är, hur lång tid den tar och vad läsaren får som resultat.',
                },
              },
            ),
            localizedTextarea(
              'privacy',
              { fi: 'Mitä vastauksille tapahtuu', en: 'What happens to the answers', sv: 'Vad som händer med svaren' },
              {
                required: true,
                maxLength: 600,
                description: {
                  fi: 'Näkyy johdannon alla huomautuksena. Kerro selkeästi, mihin vastauksia käytetään ja missä ne säilyvät.',
                  en: 'Shown below the introduction as a notice. Say plainly what the answers are used for and where they are kept.',
                  sv: 'Visas under inledningen som en notis. Berätta tydligt vad svaren används till och var de sparas.',
                },
              },
            ),
          ],
        },
        {
          label: { fi: 'Kysymykset', en: 'Questions', sv: 'Frågor' },
          fields: [
            {
              ...textListField(
                'scale',
                {
                  fi: 'Vastausasteikko (alkaen ”En osaa”)',
                  en: 'Answer scale (from "I don\'t know how" up)',
                  sv: 'Svarsskala (från "Jag kan inte" uppåt)',
                },
                { fi: 'Vastaus', en: 'Answer', sv: 'Svar' },
                true,
                {
                  fi: 'Täsmälleen neljä vastausvaihtoehtoa heikoimmasta vahvimpaan; ne saavat pisteet 0–3. Esimerkiksi ”En osaa” … ”Osaan hyvin ja voin neuvoa muita”.',
                  en: 'Exactly four answers from weakest to strongest; they score 0–3. For example “I don’t know how” … “I know it well and can help others”.',
                  sv: 'Exakt fyra svar från svagast till starkast; de ger 0–3 poäng. Till exempel ”Jag kan inte” … ”Jag kan bra och kan hjälpa andra”.',
                },
              ),
              required: true,
              minRows: SCALE_STEPS,
              maxRows: SCALE_STEPS,
            },
            questionsField,
          ],
        },
        {
          label: { fi: 'Tulos ja suositukset', en: 'Result and recommendations', sv: 'Resultat och rekommendationer' },
          fields: [
            {
              name: 'levels',
              type: 'array',
              required: true,
              minRows: 2,
              label: {
                fi: 'Tasot vastausten keskiarvon mukaan (0–3)',
                en: 'Levels from the average answer (0–3)',
                sv: 'Nivåer enligt medelvärdet av svaren (0–3)',
              },
              validate: risingThresholds as ArrayField['validate'],
              admin: {
                description: {
                  fi: 'Mistä vastausten keskiarvosta kukin taso alkaa. Ensimmäinen taso alkaa nollasta, ja jokainen seuraava alkaa korkeammalta kuin edellinen.',
                  en: 'The average answer at which each level starts. The first level starts at 0, and each next one higher than the one before.',
                  sv: 'Vid vilket medelvärde av svaren varje nivå börjar. Den första nivån börjar vid 0 och varje följande högre än den före.',
                },
              },
              fields: [
                rowLevelField({
                  fi: 'Taso, jolle lukija sijoittuu.',
                  en: 'The level the reader is placed at.',
                  sv: 'Nivån som läsaren placeras på.',
                }),
                {
                  name: 'minimum',
                  type: 'number',
                  required: true,
                  min: 0,
                  max: 3,
                  label: { fi: 'Alkaen keskiarvosta', en: 'From average', sv: 'Från medelvärde' },
                  admin: {
                    description: {
                      fi: 'Pienin keskiarvo (0–3), jolla taso alkaa.',
                      en: 'The lowest average (0–3) at which the level starts.',
                      sv: 'Det lägsta medelvärdet (0–3) där nivån börjar.',
                    },
                  },
                },
              ],
            },
            {
              name: 'levelTexts',
              type: 'array',
              localized: true,
              label: {
                fi: 'Mitä kukin taso tarkoittaa lukijalle',
                en: 'What each level means for the reader',
                sv: 'Vad varje nivå betyder för läsaren',
              },
              admin: {
                description: {
                  fi: 'Yksi teksti tasoa kohden. Näkyy tuloksessa tason nimen kanssa.',
                  en: 'One text per level, shown in the result with the level’s name.',
                  sv: 'En text per nivå. Visas i resultatet med nivåns namn.',
                },
              },
              fields: [
                rowLevelField({
                  fi: 'Taso, jota teksti koskee.',
                  en: 'The level the text is about.',
                  sv: 'Nivån som texten gäller.',
                }),
                {
                  name: 'text',
                  type: 'textarea',
                  required: true,
                  maxLength: 400,
                  label: { fi: 'Teksti', en: 'Text', sv: 'Text' },
                  admin: {
                    description: {
                      fi: 'Rohkaiseva ohje lukijalle: mistä aloittaa tällä tasolla.',
                      en: 'Encouraging advice for the reader: where to start at this level.',
                      sv: 'Ett uppmuntrande råd till läsaren: var man börjar på den här nivån.',
                    },
                  },
                },
              ],
            },
            {
              name: 'rules',
              type: 'array',
              required: true,
              minRows: 1,
              label: { fi: 'Suositussäännöt', en: 'Recommendation rules', sv: 'Regler för rekommendationer' },
              admin: {
                description: {
                  fi: 'Kun osaamisalue (tai kokonaistulos) on jollakin valituista tasoista, lukijalle näytetään nämä materiaalit.',
                  en: 'When the area (or the overall result) is at one of the levels, the reader is shown these materials.',
                  sv: 'När området (eller helhetsresultatet) ligger på någon av nivåerna visas dessa material för läsaren.',
                },
              },
              fields: [
                {
                  name: 'scope',
                  type: 'select',
                  required: true,
                  label: { fi: 'Osaamisalue vai kokonaistulos', en: 'Area or overall', sv: 'Område eller helhet' },
                  options: options(assessmentScopes, {
                    ...areaLabels,
                    overall: { fi: 'Kokonaistulos', en: 'Overall result', sv: 'Helhetsresultat' },
                  }),
                  admin: {
                    description: {
                      fi: 'Kumman tuloksen mukaan sääntö valitaan: yhden osaamisalueen vai kokonaistuloksen.',
                      en: 'Which result chooses the rule: one area’s or the overall result.',
                      sv: 'Vilket resultat som väljer regeln: ett områdes eller helhetsresultatet.',
                    },
                  },
                },
                {
                  name: 'levels',
                  type: 'select',
                  hasMany: true,
                  required: true,
                  label: { fi: 'Tasot', en: 'At levels', sv: 'På nivåerna' },
                  options: options(levels, levelLabels),
                  admin: {
                    description: {
                      fi: 'Tasot, joilla sääntö pätee.',
                      en: 'The levels at which the rule applies.',
                      sv: 'Nivåerna där regeln gäller.',
                    },
                  },
                },
                ...recommendationFields,
              ],
            },
            {
              name: 'answerRules',
              type: 'array',
              label: {
                fi: 'Suositukset vastausten mukaan',
                en: 'Recommendations by answer',
                sv: 'Rekommendationer enligt svaren',
              },
              labels: {
                singular: { fi: 'Vastaussääntö', en: 'Answer rule', sv: 'Svarsregel' },
                plural: { fi: 'Vastaussäännöt', en: 'Answer rules', sv: 'Svarsregler' },
              },
              validate: namesKnownQuestions as ArrayField['validate'],
              admin: {
                description: {
                  fi: 'Kun lukija vastaa kysymykseen ”En osaa” tai ”Osaan vähän, tarvitsen apua”, nämä materiaalit näytetään ensimmäisinä, ennen tasojen mukaisia suosituksia. Tulos näyttää enintään kolme suositusta.',
                  en: 'When the reader answers a question “I don’t know how” or “I know a little, I need help”, these materials are shown first, before the recommendations by level. The result shows at most three recommendations.',
                  sv: 'När läsaren svarar ”Jag kan inte” eller ”Jag kan lite, jag behöver hjälp” på en fråga visas dessa material först, före rekommendationerna enligt nivå. Resultatet visar högst tre rekommendationer.',
                },
              },
              fields: [
                {
                  name: 'question',
                  type: 'text',
                  required: true,
                  label: { fi: 'Kysymyksen tunniste', en: 'Question key', sv: 'Frågans nyckel' },
                  validate: matches(SLUG_PATTERN, {
                    fi: 'Kysymyksen tunniste: käytä pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä',
                    en: 'Question key: use lower-case letters a–z, digits and hyphens',
                    sv: 'Frågans nyckel: använd små bokstäver a–z, siffror och bindestreck',
                  }),
                  admin: {
                    description: {
                      fi: 'Sen kysymyksen tunniste, jonka vastaus valitsee säännön, esimerkiksi passwords (Kysymykset-välilehdeltä).',
                      en: 'The key of the question whose answer chooses the rule, for example passwords (see the Questions tab).',
                      sv: 'Nyckeln till frågan vars svar väljer regeln, till exempel passwords (se fliken Frågor).',
                    },
                  },
                },
                ...recommendationFields,
              ],
            },
            localizedTextarea(
              'help',
              { fi: 'Mistä saat apua', en: 'Where to get help', sv: 'Var du får hjälp' },
              {
                maxLength: 400,
                description: {
                  fi: 'Näkyy tuloksessa suositusten alla, myös tulosteessa. Kerro lyhyesti, keneltä lukija voi kysyä apua, esimerkiksi pajan digituesta tai kirjaston digituesta.',
                  en: 'Shown in the result under the recommendations, also when printed. Say briefly whom the reader can ask for help, for example the workshop’s or the library’s digital support.',
                  sv: 'Visas i resultatet under rekommendationerna, också i utskriften. Berätta kort vem läsaren kan be om hjälp, till exempel verkstadens eller bibliotekets digistöd.',
                },
              },
            ),
          ],
        },
      ],
    },
  ],
})
