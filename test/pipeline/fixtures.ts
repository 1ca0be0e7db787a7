/** Invented wire copy: two outlets quote one minister; a rebel spokesman denies a charge. */
export const REPORTS = [
  {
    id: 'wire-a.txt',
    text: 'Harbour Minister Lena Vos said the ferry link would reopen in May. "We have tried to repair the northern pier, but the main obstacle remains the weather," Vos said. Officials said rebels use the coastal caves to store weapons. The rebel spokesman denied that rebels use the coastal caves to store weapons.',
  },
  {
    id: 'wire-b.txt',
    text: '"We have been trying to repair the northern pier, but the major obstacle remains the weather," Vos told reporters. She added that fares would not rise this year.',
  },
];
