/**
 * Function file of the ribbon (manifest FunctionFile). The only button opens the task pane (ShowTaskpane), so this
 * page registers no function: it only has to load Office.js and tell Office it is ready.
 */
if (typeof Office !== 'undefined') {
  void Office.onReady();
}
