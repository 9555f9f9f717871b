import type { Field } from 'payload'

import { httpsUrlField, localizedTextarea } from './common'

/**
 * How a post or an event looks when someone shares its address (social media, chat apps): an
 * image and one or two sentences. Left empty, the site uses the summary and no image.
 */
export const shareFields = (): Field[] => [
  {
    name: 'shareImage',
    type: 'upload',
    relationTo: 'media',
    label: { fi: 'Jakokuva', en: 'Share image', sv: 'Delningsbild' },
    admin: {
      position: 'sidebar',
      description: {
        fi: 'Kuva, joka näkyy, kun sivun osoite jaetaan somessa tai viestissä. Vaakakuva, vähintään 1200 × 630 pikseliä. Muista vaihtoehtoinen teksti.',
        en: 'The image shown when the page address is shared on social media or in a message. Landscape, at least 1200 × 630 pixels. Remember the alt text.',
        sv: 'Bilden som visas när sidans adress delas i sociala medier eller i ett meddelande. Liggande, minst 1200 × 630 pixlar. Kom ihåg den alternativa texten.',
      },
    },
  },
  localizedTextarea(
    'shareDescription',
    { fi: 'Jakoteksti', en: 'Share description', sv: 'Delningstext' },
    {
      maxLength: 200,
      description: {
        fi: 'Yksi tai kaksi virkettä, jotka näkyvät jaetun linkin alla ja hakukoneissa. Tyhjänä käytetään tiivistelmää.',
        en: 'One or two sentences shown under a shared link and in search engines. Left empty, the summary is used.',
        sv: 'En eller två meningar som visas under en delad länk och i sökmotorer. Lämnas tomt används sammanfattningen.',
      },
    },
  ),
]

/** Where readers sign up for an event (the organiser's form or ticket page). */
export const registrationUrlField = (): Field => ({
  ...httpsUrlField('registrationUrl', { fi: 'Ilmoittautumislinkki', en: 'Registration link', sv: 'Anmälningslänk' }),
  admin: {
    description: {
      fi: 'Osoite, jossa osallistujat ilmoittautuvat (alkaa https://). Sivulla näkyy Ilmoittaudu-painike, kunnes tapahtuma on alkanut.',
      en: 'The address where participants register (starts with https://). The page shows a Register button until the event has started.',
      sv: 'Adressen där deltagarna anmäler sig (börjar med https://). Sidan visar en Anmäl dig-knapp tills evenemanget har börjat.',
    },
  },
})
