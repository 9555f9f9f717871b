import { adminGroups } from '../admin/groups'
import {
  bodyField,
  httpsUrlField,
  localizedText,
  localizedTextarea,
  matches,
  options,
  plainSummaryField,
  sourcesField,
  textListField,
  type Label,
} from '../fields/common'
import { codePatterns, relatedProjectRelations, reports } from '@toolkit/contract/vocabulary'
import { publishedGlobal } from './publishedGlobal'

const relationLabels: Record<(typeof relatedProjectRelations)[number], Label> = {
  'source-project': {
    fi: 'Mallin lähtöhanke',
    en: 'Source project of this model',
    sv: 'Ursprungsprojekt för modellen',
  },
  'co-implementer': { fi: 'Osatoteuttaja', en: 'Co-implementer', sv: 'Medgenomförare' },
  continuation: { fi: 'Jatkohanke', en: 'Continuation', sv: 'Fortsättning' },
  'experience-used': {
    fi: 'Sen kokemuksia hyödynnettiin',
    en: 'Its experience was used',
    sv: 'Dess erfarenheter användes',
  },
  'joint-activity': { fi: 'Yhteistä toimintaa', en: 'Joint activity', sv: 'Gemensam verksamhet' },
  'peer-exchange': { fi: 'Kokemusten vaihto', en: 'Peer exchange', sv: 'Erfarenhetsutbyte' },
  'pilot-cooperation': { fi: 'Pilottiyhteistyö', en: 'Pilot cooperation', sv: 'Pilotsamarbete' },
}

const month = matches(codePatterns.month, {
  fi: 'Kirjoita kuukausi muodossa VVVV-KK, esimerkiksi 2023-08',
  en: 'Use a month such as 2023-08',
  sv: 'Ange en månad som 2023-08',
})

/** A help text followed by the Innokylä heading the field answers (the verified headings only, see tests/unit/standards.test.ts). */
const innokyla = (help: Label, heading: string): Label => ({
  fi: `${help.fi} Innokylässä otsikko on ”${heading}”.`,
  en: `${help.en} Innokylä’s heading: “${heading}”.`,
  sv: `${help.sv} Rubriken i Innokylä: ”${heading}”.`,
})

/** A localized long text under one of the model page's headings. */
const heading = (name: string, label: Label, description: Label) => localizedTextarea(name, label, { description })

/** What an editor reads on a field the site does not show (yet): it is kept, but no reader sees it. */
const notShownOnSite: Label = {
  fi: 'Tallentuu mallin tietoihin, mutta sivusto ei tällä hetkellä näytä sitä.',
  en: 'Kept with the model, but the site does not show it at present.',
  sv: 'Sparas med modellen, men webbplatsen visar det inte för närvarande.',
}

/**
 * The operating model as a whole, in the structure Innokylä publishes (basic facts, core idea,
 * operating environment, conditions, development path), plus what adopters and funders need.
 */
export const OperatingModel = publishedGlobal({
  slug: 'operating-model',
  label: { fi: 'Toimintamalli', en: 'Operating model', sv: 'Verksamhetsmodell' },
  admin: {
    group: adminGroups.model,
    description: {
      fi: 'Toimintamalli kokonaisuutena Innokylän rakenteen mukaan. Se näkyy sivuston Toimintamalli-sivun alussa, ja mallin osat tulevat sen jälkeen.',
      en: 'The operating model as a whole, in Innokylä’s structure. It opens the site’s Operating model page, and the model’s components follow it.',
      sv: 'Verksamhetsmodellen som helhet, i Innokyläs struktur. Den inleder webbplatsens sida om verksamhetsmodellen, och modellens delar följer efter den.',
    },
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { fi: 'Perustiedot', en: 'Basic facts', sv: 'Grunduppgifter' },
          fields: [
            localizedText(
              'title',
              { fi: 'Toimintamallin nimi', en: 'Name', sv: 'Namn' },
              {
                required: true,
                description: innokyla(
                  {
                    fi: 'Mallin nimi kullakin kielellä. Näkyy toimintamallisivun perustiedoissa. Jos malli kokoaa muiden julkaisemia malleja, anna sille oma nimi ja nimeä lähteet kentässä ”Perustuu”.',
                    en: 'The model’s name in each language. Shown in the basic facts on the model page. When the model brings together models others have published, give it a name of its own and name the sources under “Based on”.',
                    sv: 'Modellens namn på varje språk. Visas bland grunduppgifterna på modellsidan. När modellen sammanför modeller som andra har publicerat, ge den ett eget namn och ange källorna under ”Bygger på”.',
                  },
                  'Toimintamallin nimi',
                ),
              },
            ),
            {
              name: 'name',
              type: 'text',
              label: {
                fi: 'Suomenkielinen nimi',
                en: 'Finnish name',
                sv: 'Finskt namn',
              },
              admin: {
                description: {
                  fi: `Mallin nimi suomeksi sellaisena kuin se julkaistaan esimerkiksi Innokylässä. ${notShownOnSite.fi}`,
                  en: `The model’s name in Finnish as it is published, for example in Innokylä. ${notShownOnSite.en}`,
                  sv: `Modellens namn på finska så som det publiceras, till exempel i Innokylä. ${notShownOnSite.sv}`,
                },
              },
            },
            {
              name: 'basedOn',
              type: 'array',
              label: { fi: 'Perustuu', en: 'Based on', sv: 'Bygger på' },
              labels: {
                singular: { fi: 'Lähdemalli', en: 'Source model', sv: 'Källmodell' },
                plural: { fi: 'Lähdemallit', en: 'Source models', sv: 'Källmodeller' },
              },
              admin: {
                description: {
                  fi: 'Mallit tai kokonaisuudet, joista tämä malli on koottu, niiden tekijöiden omilla nimillä. Näkyvät toimintamallisivun perustiedoissa, jotta lukija näkee, kenen työtä malli on.',
                  en: 'The models or packages this model was put together from, under their makers’ own names. Shown in the basic facts on the model page, so that readers see whose work the model is.',
                  sv: 'De modeller eller helheter som modellen har sammanställts av, med deras upphovsmäns egna namn. Visas bland grunduppgifterna på modellsidan så att läsaren ser vems arbete modellen är.',
                },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  required: true,
                  label: { fi: 'Nimi', en: 'Name', sv: 'Namn' },
                  admin: {
                    description: {
                      fi: 'Lähdemallin nimi sellaisena kuin tekijä on sen julkaissut, esimerkiksi ”Ratkaisuja digiosallisuuden ja työllistymisen vahvistamiseksi”.',
                      en: 'The source model’s name as its maker published it, for example “Ratkaisuja digiosallisuuden ja työllistymisen vahvistamiseksi”.',
                      sv: 'Källmodellens namn så som upphovsmannen publicerade det, till exempel ”Ratkaisuja digiosallisuuden ja työllistymisen vahvistamiseksi”.',
                    },
                  },
                },
                {
                  name: 'maker',
                  type: 'text',
                  required: true,
                  label: { fi: 'Tekijä', en: 'Made by', sv: 'Upphovsman' },
                  admin: {
                    description: {
                      fi: 'Organisaatio tai hanke, joka mallin kehitti, esimerkiksi ”Metropolia Ammattikorkeakoulu, hanke S22619”.',
                      en: 'The organisation or project that developed it, for example “Metropolia Ammattikorkeakoulu, project S22619”.',
                      sv: 'Organisationen eller projektet som utvecklade den, till exempel ”Metropolia Ammattikorkeakoulu, projekt S22619”.',
                    },
                  },
                },
                httpsUrlField('url', { fi: 'Osoite (https)', en: 'Address (https)', sv: 'Adress (https)' }),
              ],
            },
            localizedTextarea(
              'shortDescription',
              { fi: 'Lyhyt kuvaus', en: 'Short description', sv: 'Kort beskrivning' },
              {
                required: true,
                maxLength: 800,
                description: innokyla(
                  {
                    fi: 'Muutama virke siitä, mitä malli tekee ja kenelle. Näkyy toimintamallisivun alussa. Enintään 800 merkkiä.',
                    en: 'A few sentences on what the model does and for whom. Shown at the top of the model page. At most 800 characters.',
                    sv: 'Några meningar om vad modellen gör och för vem. Visas överst på modellsidan. Högst 800 tecken.',
                  },
                  'Toimintamallin lyhyt kuvaus',
                ),
              },
            ),
            plainSummaryField(),
            heading(
              'implementedWhere',
              { fi: 'Toteutuspaikka', en: 'Where it is implemented', sv: 'Var den genomförs' },
              innokyla(
                {
                  fi: 'Organisaatiot ja yksiköt, joissa mallia on toteutettu. Näkyy toimintamallisivun perustiedoissa.',
                  en: 'The organisations and units where the model has been implemented. Shown in the basic facts on the model page.',
                  sv: 'De organisationer och enheter där modellen har genomförts. Visas bland grunduppgifterna på modellsidan.',
                },
                'Toteutuspaikka',
              ),
            ),
            localizedText(
              'region',
              { fi: 'Alue', en: 'Region', sv: 'Region' },
              {
                description: innokyla(
                  {
                    fi: 'Paikkakunta, maakunta tai hyvinvointialue, esimerkiksi ”Uusimaa: Helsinki ja Lohja”. Näkyy perustiedoissa.',
                    en: 'Municipality, region or wellbeing services county, for example “Uusimaa: Helsinki and Lohja”. Shown in the basic facts.',
                    sv: 'Kommun, landskap eller välfärdsområde, till exempel ”Nyland: Helsingfors och Lojo”. Visas bland grunduppgifterna.',
                  },
                  'Paikkakunta, maakunta tai hyvinvointialue',
                ),
              },
            ),
            heading(
              'largerWhole',
              {
                fi: 'Kokonaisuus, johon malli kuuluu',
                en: 'The larger whole it belongs to',
                sv: 'Helheten den hör till',
              },
              innokyla(
                {
                  fi: 'Mihin laajempaan kokonaisuuteen malli liittyy. Näkyy perustiedoissa.',
                  en: 'The wider whole the model is part of. Shown in the basic facts.',
                  sv: 'Den större helhet som modellen hör till. Visas bland grunduppgifterna.',
                },
                'Toimintamallin kokonaisuus',
              ),
            ),
            heading(
              'developers',
              { fi: 'Kehittäjät', en: 'Developers', sv: 'Utvecklare' },
              innokyla(
                {
                  fi: 'Ketkä mallin kehittivät ja missä hankkeissa. Näkyy perustiedoissa.',
                  en: 'Who developed the model, and in which projects. Shown in the basic facts.',
                  sv: 'Vilka som utvecklade modellen och i vilka projekt. Visas bland grunduppgifterna.',
                },
                'Tekijä',
              ),
            ),
            {
              name: 'period',
              type: 'group',
              label: { fi: 'Toteutusaika hankkeittain', en: 'Period per project', sv: 'Period per projekt' },
              admin: {
                description: {
                  fi: 'Kunkin hankkeen alku- ja loppukuukausi muodossa VVVV-KK, esimerkiksi 2021-10. Näkyy perustiedoissa.',
                  en: 'Each project’s first and last month as YYYY-MM, for example 2021-10. Shown in the basic facts.',
                  sv: 'Varje projekts första och sista månad som ÅÅÅÅ-MM, till exempel 2021-10. Visas bland grunduppgifterna.',
                },
              },
              fields: reports.map((report) => ({
                name: report,
                type: 'group' as const,
                label: report === 'dot' ? 'DOT' : 'S22619 (Metropolia)',
                fields: [
                  {
                    name: 'start',
                    type: 'text' as const,
                    label: { fi: 'Alkoi (VVVV-KK)', en: 'From (YYYY-MM)', sv: 'Från (ÅÅÅÅ-MM)' },
                    validate: month,
                    admin: {
                      description: {
                        fi: 'Hankkeen ensimmäinen kuukausi, esimerkiksi 2021-10.',
                        en: 'The project’s first month, for example 2021-10.',
                        sv: 'Projektets första månad, till exempel 2021-10.',
                      },
                    },
                  },
                  {
                    name: 'end',
                    type: 'text' as const,
                    label: { fi: 'Päättyi (VVVV-KK)', en: 'To (YYYY-MM)', sv: 'Till (ÅÅÅÅ-MM)' },
                    validate: month,
                    admin: {
                      description: {
                        fi: 'Hankkeen viimeinen kuukausi, esimerkiksi 2023-08.',
                        en: 'The project’s last month, for example 2023-08.',
                        sv: 'Projektets sista månad, till exempel 2023-08.',
                      },
                    },
                  },
                ],
              })),
            },
          ],
        },
        {
          label: { fi: 'Perusidea ja toimintaympäristö', en: 'Core idea and environment', sv: 'Grundidé och miljö' },
          fields: [
            heading(
              'coreIdea',
              { fi: 'Ratkaisun perusidea', en: 'Core idea', sv: 'Grundidé' },
              innokyla(
                {
                  fi: 'Mallin ydin: mitä se tekee toisin ja miksi.',
                  en: 'The heart of the model: what it does differently, and why.',
                  sv: 'Modellens kärna: vad den gör annorlunda och varför.',
                },
                'Ratkaisun perusidea',
              ),
            ),
            heading(
              'operatingEnvironment',
              { fi: 'Toimintaympäristö', en: 'Operating environment', sv: 'Verksamhetsmiljö' },
              innokyla(
                {
                  fi: 'Missä ja kenen kanssa mallia on toteutettu.',
                  en: 'Where, and with whom, the model has been implemented.',
                  sv: 'Var och med vilka modellen har genomförts.',
                },
                'Toimintaympäristö',
              ),
            ),
            heading(
              'conditions',
              {
                fi: 'Toimivuuden ja käyttöönoton ehdot',
                en: 'Conditions for it to work and be adopted',
                sv: 'Villkor för att den ska fungera och tas i bruk',
              },
              innokyla(
                {
                  fi: 'Mitä mallin toimiminen ja käyttöönotto toisessa organisaatiossa edellyttävät.',
                  en: 'What the model needs to work, and to be adopted by another organisation.',
                  sv: 'Vad som krävs för att modellen ska fungera och kunna tas i bruk i en annan organisation.',
                },
                'Toimivuuden ja käyttöönoton ehdot',
              ),
            ),
            textListField(
              'goals',
              { fi: 'Tavoitteet', en: 'Goals', sv: 'Mål' },
              { fi: 'Tavoite', en: 'Goal', sv: 'Mål' },
              true,
              {
                fi: 'Mallin tavoitteet, yksi riviä kohden. Näkyvät toimintamallisivulla luettelona.',
                en: 'The model’s goals, one per row. Shown as a list on the model page.',
                sv: 'Modellens mål, ett per rad. Visas som en lista på modellsidan.',
              },
            ),
            {
              name: 'targetGroups',
              type: 'group',
              localized: true,
              label: { fi: 'Kohderyhmät', en: 'Target groups', sv: 'Målgrupper' },
              admin: {
                description: {
                  fi: 'Kenelle malli on tehty. Näkyvät toimintamallisivulla otsikon ”Kohderyhmät” alla.',
                  en: 'Whom the model is for. Shown on the model page under “Target groups”.',
                  sv: 'Vem modellen är till för. Visas på modellsidan under ”Målgrupper”.',
                },
              },
              fields: [
                textListField(
                  'primary',
                  { fi: 'Ensisijaiset kohderyhmät', en: 'Primary', sv: 'Primära' },
                  { fi: 'Kohderyhmä', en: 'Group', sv: 'Grupp' },
                  false,
                  {
                    fi: 'Ryhmät, joita malli palvelee suoraan, esimerkiksi kuntouttavan työtoiminnan asiakkaat.',
                    en: 'The groups the model serves directly, for example clients of rehabilitative work activity.',
                    sv: 'De grupper som modellen betjänar direkt, till exempel klienter inom arbetsverksamhet i rehabiliteringssyfte.',
                  },
                ),
                textListField(
                  'indirect',
                  { fi: 'Välilliset kohderyhmät', en: 'Indirect', sv: 'Indirekta' },
                  { fi: 'Kohderyhmä', en: 'Group', sv: 'Grupp' },
                  false,
                  {
                    fi: 'Ryhmät, jotka hyötyvät mallista välillisesti, esimerkiksi opiskelijat tai muut järjestöt.',
                    en: 'The groups that benefit from the model indirectly, for example students or other NGOs.',
                    sv: 'De grupper som har nytta av modellen indirekt, till exempel studerande eller andra organisationer.',
                  },
                ),
              ],
            },
          ],
        },
        {
          label: { fi: 'Kehittämisen polku', en: 'Development path', sv: 'Utvecklingsväg' },
          fields: [
            heading(
              'needs',
              {
                fi: 'Kehitystyön lähtökohtana olevat tarpeet',
                en: 'Needs that started the work',
                sv: 'Behov som startade arbetet',
              },
              innokyla(
                {
                  fi: 'Mihin tarpeisiin malli kehitettiin vastaamaan. Näkyy kohdassa ”Kehittämisen polku”.',
                  en: 'The needs the model was developed to meet. Shown under “Development path”.',
                  sv: 'De behov som modellen utvecklades för att möta. Visas under ”Utvecklingsvägen”.',
                },
                'Kehitystyön lähtökohtana olevat tarpeet',
              ),
            ),
            heading(
              'targetedChange',
              { fi: 'Tavoiteltu muutos', en: 'Targeted change', sv: 'Eftersträvad förändring' },
              innokyla(
                {
                  fi: 'Mitä mallilla halutaan muuttaa. Näkyy kohdassa ”Kehittämisen polku”.',
                  en: 'What the model sets out to change. Shown under “Development path”.',
                  sv: 'Vad modellen vill förändra. Visas under ”Utvecklingsvägen”.',
                },
                'Tavoiteltu muutos',
              ),
            ),
            heading(
              'measuringChange',
              { fi: 'Muutoksen mittaaminen', en: 'How the change was measured', sv: 'Hur förändringen mättes' },
              innokyla(
                {
                  fi: 'Millä tiedoilla muutosta seurattiin. Näkyy kohdassa ”Kehittämisen polku”.',
                  en: 'What data the change was followed with. Shown under “Development path”.',
                  sv: 'Med vilka uppgifter förändringen följdes. Visas under ”Utvecklingsvägen”.',
                },
                'Muutoksen mittaaminen',
              ),
            ),
            heading(
              'evaluation',
              { fi: 'Arviointi', en: 'Evaluation', sv: 'Utvärdering' },
              {
                fi: 'Mitä arvioinnit ja palautteet kertovat mallin toimivuudesta. Näkyy toimintamallisivulla otsikon ”Arviointi” alla.',
                en: 'What evaluations and feedback say about how well the model works. Shown on the model page under “Evaluation”.',
                sv: 'Vad utvärderingar och respons säger om hur väl modellen fungerar. Visas på modellsidan under ”Utvärdering”.',
              },
            ),
            textListField(
              'benefits',
              { fi: 'Hyödyt', en: 'Benefits', sv: 'Nyttor' },
              { fi: 'Hyöty', en: 'Benefit', sv: 'Nytta' },
              true,
              {
                fi: 'Mallin hyödyt asiakkaille, henkilöstölle ja organisaatioille, yksi riviä kohden. Näkyvät toimintamallisivulla luettelona.',
                en: 'The model’s benefits for clients, staff and organisations, one per row. Shown as a list on the model page.',
                sv: 'Modellens nyttor för klienter, personal och organisationer, en per rad. Visas som en lista på modellsidan.',
              },
            ),
            heading(
              'rooting',
              { fi: 'Juurruttaminen ja jatko', en: 'Rooting and continuation', sv: 'Förankring och fortsättning' },
              {
                fi: 'Miten ja missä toiminta jatkuu hankkeiden jälkeen. Näkyy toimintamallisivulla otsikon ”Juurruttaminen ja jatko” alla.',
                en: 'How and where the work continues after the projects. Shown on the model page under “Rooting and continuation”.',
                sv: 'Hur och var verksamheten fortsätter efter projekten. Visas på modellsidan under ”Förankring och fortsättning”.',
              },
            ),
          ],
        },
        {
          label: { fi: 'Osat ja resurssit', en: 'Components and resources', sv: 'Delar och resurser' },
          fields: [
            {
              name: 'components',
              type: 'relationship',
              relationTo: 'components',
              hasMany: true,
              label: { fi: 'Mallin osat järjestyksessä', en: 'Components, in order', sv: 'Delarna, i ordning' },
              admin: {
                description: {
                  fi: `Toimintamallin osat, joista malli koostuu. Sivusto järjestää osat kunkin osan oman Järjestys mallissa -kentän mukaan. ${notShownOnSite.fi}`,
                  en: `The components the model is made of. The site orders components by each one’s own Order in the model field. ${notShownOnSite.en}`,
                  sv: `De delar som modellen består av. Webbplatsen ordnar delarna efter varje dels eget fält Ordning i modellen. ${notShownOnSite.sv}`,
                },
              },
            },
            heading(
              'resourcesAndRoles',
              { fi: 'Resurssit ja roolit', en: 'Resources and roles', sv: 'Resurser och roller' },
              {
                fi: 'Ketkä työtä tekivät ja millä rahoituksella ja välineillä. Näkyy toimintamallisivulla otsikon ”Resurssit ja roolit” alla.',
                en: 'Who did the work, and with what funding and tools. Shown on the model page under “Resources and roles”.',
                sv: 'Vem som gjorde arbetet och med vilken finansiering och vilka verktyg. Visas på modellsidan under ”Resurser och roller”.',
              },
            ),
          ],
        },
        {
          label: { fi: 'Kumppanit ja rahoitus', en: 'Partners and funding', sv: 'Partner och finansiering' },
          fields: [
            {
              name: 'partners',
              type: 'array',
              label: { fi: 'Kumppanit', en: 'Partners', sv: 'Partner' },
              labels: {
                singular: { fi: 'Kumppani', en: 'Partner', sv: 'Partner' },
                plural: { fi: 'Kumppanit', en: 'Partners', sv: 'Partner' },
              },
              admin: {
                description: {
                  fi: 'Organisaatiot, jotka toteuttivat mallia tai tekivät yhteistyötä sen kehittämisessä. Näkyvät perustiedoissa otsikon ”Kumppanit” alla.',
                  en: 'The organisations that implemented the model or worked with it in its development. Shown in the basic facts under “Partners”.',
                  sv: 'De organisationer som genomförde modellen eller samarbetade i utvecklingen. Visas bland grunduppgifterna under ”Partner”.',
                },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  required: true,
                  label: { fi: 'Organisaatio', en: 'Organisation', sv: 'Organisation' },
                  admin: {
                    description: {
                      fi: 'Organisaation virallinen nimi, esimerkiksi ”Sosped-säätiö”.',
                      en: 'The organisation’s official name, for example “Sosped-säätiö”.',
                      sv: 'Organisationens officiella namn, till exempel ”Sosped-säätiö”.',
                    },
                  },
                },
              ],
            },
            {
              name: 'funders',
              type: 'array',
              label: { fi: 'Rahoitus', en: 'Funding', sv: 'Finansiering' },
              labels: {
                singular: { fi: 'Rahoittaja', en: 'Funder', sv: 'Finansiär' },
                plural: { fi: 'Rahoittajat', en: 'Funders', sv: 'Finansiärer' },
              },
              admin: {
                description: innokyla(
                  {
                    fi: 'Kuka mallin kehittämisen rahoitti ja kuinka paljon. Näkyy perustiedoissa otsikon ”Rahoitus” alla.',
                    en: 'Who funded the model’s development, and how much. Shown in the basic facts under “Funding”.',
                    sv: 'Vem som finansierade utvecklingen av modellen och hur mycket. Visas bland grunduppgifterna under ”Finansiering”.',
                  },
                  'Toimintamallin rahoittaja',
                ),
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  required: true,
                  label: { fi: 'Rahoittaja', en: 'Funder', sv: 'Finansiär' },
                  admin: {
                    description: {
                      fi: 'Esimerkiksi ”Euroopan sosiaalirahasto (ESR)”.',
                      en: 'For example “Euroopan sosiaalirahasto (ESR)” (the European Social Fund).',
                      sv: 'Till exempel ”Euroopan sosiaalirahasto (ESR)” (Europeiska socialfonden).',
                    },
                  },
                },
                {
                  name: 'programme',
                  type: 'text',
                  label: { fi: 'Rahoitusohjelma', en: 'Programme', sv: 'Program' },
                  admin: {
                    description: {
                      fi: 'Ohjelma tai toimenpide, josta rahoitus myönnettiin.',
                      en: 'The programme or measure the funding was granted from.',
                      sv: 'Programmet eller åtgärden som finansieringen beviljades ur.',
                    },
                  },
                },
                {
                  name: 'projectCode',
                  type: 'text',
                  label: { fi: 'Hankekoodi', en: 'Project code', sv: 'Projektkod' },
                  admin: {
                    description: {
                      fi: 'Rahoittajan antama hankkeen tunnus, esimerkiksi S22619.',
                      en: 'The project’s code from the funder, for example S22619.',
                      sv: 'Projektets kod från finansiären, till exempel S22619.',
                    },
                  },
                },
                {
                  name: 'granted',
                  type: 'number',
                  min: 0,
                  label: { fi: 'Myönnetty (euroa)', en: 'Granted (EUR)', sv: 'Beviljat (EUR)' },
                  admin: {
                    description: {
                      fi: 'Myönnetty summa kokonaisina euroina ilman välilyöntejä, esimerkiksi 337155.',
                      en: 'The amount granted in whole euros, without spaces, for example 337155.',
                      sv: 'Det beviljade beloppet i hela euro, utan mellanslag, till exempel 337155.',
                    },
                  },
                },
                {
                  name: 'realised',
                  type: 'number',
                  min: 0,
                  label: { fi: 'Toteutunut (euroa)', en: 'Realised (EUR)', sv: 'Förverkligat (EUR)' },
                  admin: {
                    description: {
                      fi: 'Toteutunut summa kokonaisina euroina, jos se tiedetään.',
                      en: 'The amount actually used in whole euros, if known.',
                      sv: 'Det förverkligade beloppet i hela euro, om det är känt.',
                    },
                  },
                },
                {
                  name: 'currency',
                  type: 'select',
                  defaultValue: 'EUR',
                  options: [{ value: 'EUR', label: { fi: 'euro (EUR)', en: 'euro (EUR)', sv: 'euro (EUR)' } }],
                  label: { fi: 'Valuutta', en: 'Currency', sv: 'Valuta' },
                  admin: {
                    description: {
                      fi: 'Summat ovat aina euroina.',
                      en: 'Amounts are always in euros.',
                      sv: 'Beloppen anges alltid i euro.',
                    },
                  },
                },
              ],
            },
            {
              name: 'relatedProjects',
              type: 'array',
              label: { fi: 'Liittyvät hankkeet', en: 'Related projects', sv: 'Relaterade projekt' },
              labels: {
                singular: { fi: 'Hanke', en: 'Project', sv: 'Projekt' },
                plural: { fi: 'Hankkeet', en: 'Projects', sv: 'Projekt' },
              },
              admin: {
                description: {
                  fi: 'Hankkeet, joista malli syntyi tai joiden kanssa tehtiin yhteistyötä. Näkyvät perustiedoissa otsikon ”Liittyvät hankkeet” alla.',
                  en: 'The projects the model came from or worked with. Shown in the basic facts under “Related projects”.',
                  sv: 'De projekt som modellen kom ur eller samarbetade med. Visas bland grunduppgifterna under ”Relaterade projekt”.',
                },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  required: true,
                  label: { fi: 'Nimi', en: 'Name', sv: 'Namn' },
                  admin: {
                    description: {
                      fi: 'Hankkeen nimi ja toteuttaja, esimerkiksi ”Työtoiminnasta työelämään (ESR+)”.',
                      en: 'The project’s name and who ran it, for example “Työtoiminnasta työelämään (ESR+)”.',
                      sv: 'Projektets namn och genomförare, till exempel ”Työtoiminnasta työelämään (ESR+)”.',
                    },
                  },
                },
                {
                  name: 'code',
                  type: 'text',
                  label: { fi: 'Hankekoodi', en: 'Code', sv: 'Kod' },
                  admin: {
                    description: {
                      fi: 'Hankkeen tunnus, jos sellainen on, esimerkiksi S30107.',
                      en: 'The project’s code, if it has one, for example S30107.',
                      sv: 'Projektets kod, om det har en, till exempel S30107.',
                    },
                  },
                },
                {
                  name: 'period',
                  type: 'text',
                  label: { fi: 'Toteutusaika', en: 'Period', sv: 'Period' },
                  admin: {
                    description: {
                      fi: 'Esimerkiksi 2023–2024 tai 10/2021–8/2023.',
                      en: 'For example 2023–2024 or 10/2021–8/2023.',
                      sv: 'Till exempel 2023–2024 eller 10/2021–8/2023.',
                    },
                  },
                },
                {
                  name: 'relation',
                  type: 'select',
                  label: { fi: 'Yhteys malliin', en: 'How it relates', sv: 'Hur det hänger ihop' },
                  options: options(relatedProjectRelations, relationLabels),
                  admin: {
                    description: {
                      fi: `Miten hanke liittyy malliin. ${notShownOnSite.fi}`,
                      en: `How the project relates to the model. ${notShownOnSite.en}`,
                      sv: `Hur projektet hänger ihop med modellen. ${notShownOnSite.sv}`,
                    },
                  },
                },
              ],
            },
          ],
        },
        {
          label: { fi: 'Kuvaus ja lähteet', en: 'Description and references', sv: 'Beskrivning och referenser' },
          fields: [
            bodyField(
              { fi: 'Laaja kuvaus', en: 'Full description', sv: 'Fullständig beskrivning' },
              {
                fi: 'Mallin vapaamuotoinen kuvaus. Näkyy toimintamallisivun lopussa ennen lähteitä. Jäsennä se väliotsikoilla ja luetteloilla.',
                en: 'A free-form description of the model, shown near the end of the model page, before the sources. Give it structure with headings and lists.',
                sv: 'En fri beskrivning av modellen, som visas i slutet av modellsidan före källorna. Dela upp den med mellanrubriker och listor.',
              },
            ),
            {
              name: 'references',
              type: 'array',
              localized: true,
              label: { fi: 'Lisätietoa', en: 'References', sv: 'Referenser' },
              labels: {
                singular: { fi: 'Linkki tai julkaisu', en: 'Reference', sv: 'Referens' },
                plural: { fi: 'Linkit ja julkaisut', en: 'References', sv: 'Referenser' },
              },
              admin: {
                description: {
                  fi: 'Julkaisut ja verkkosivut, joista lukija saa lisää tietoa mallista. Näkyvät toimintamallisivulla otsikon ”Lisätietoa” alla.',
                  en: 'Publications and web pages where readers learn more about the model. Shown on the model page under “Further reading”.',
                  sv: 'Publikationer och webbsidor där läsaren får veta mer om modellen. Visas på modellsidan under ”Mer information”.',
                },
              },
              fields: [
                {
                  name: 'title',
                  type: 'text',
                  required: true,
                  label: { fi: 'Otsikko', en: 'Title', sv: 'Titel' },
                  admin: {
                    description: {
                      fi: 'Julkaisun tai sivun nimi, esimerkiksi ”DOT-hankkeen verkkosivut”.',
                      en: 'The name of the publication or page, for example “The DOT project’s website”.',
                      sv: 'Publikationens eller sidans namn, till exempel ”DOT-projektets webbplats”.',
                    },
                  },
                },
                httpsUrlField('url', { fi: 'Osoite (https)', en: 'Address (https)', sv: 'Adress (https)' }),
              ],
            },
            sourcesField(),
          ],
        },
      ],
    },
  ],
})
