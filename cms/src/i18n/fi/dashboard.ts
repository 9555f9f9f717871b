import type { DefaultTranslationsObject } from '@payloadcms/translations'

/**
 * Arranging the dashboard (ohjausnäkymä) and its panels (paneeli: Payload's "widget").
 * {{id}} is a panel's name.
 */
export const dashboard: DefaultTranslationsObject['dashboard'] = {
  addButton: 'Lisää +',
  addWidget: 'Lisää paneeli',
  deleteWidget: 'Poista paneeli {{id}}',
  discardConfirmLabel: 'Hylkää',
  discardMessage: 'Ohjausnäkymän asettelussa on tallentamattomia muutoksia. Haluatko varmasti hylätä ne?',
  discardTitle: 'Hylätäänkö muutokset?',
  editDashboard: 'Muokkaa ohjausnäkymää',
  editingDashboard: 'Ohjausnäkymän muokkaus',
  noItems: 'Ohjausnäkymässä ei ole paneeleja. Voit lisätä niitä yläpalkin ”Ohjausnäkymä”-valikosta.',
  resetLayout: 'Palauta oletusasettelu',
  searchWidgets: 'Hae paneeleja…',
}
