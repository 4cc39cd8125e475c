/**
 * The guide's tool pages: their titles and descriptions, and the names readers search for them by. The pages and
 * search both read them from here.
 */
export const toolPages = {
  'job-decoder': {
    title: 'Job advert decoder',
    description:
      'Paste a job advert and see which operations role its duties describe, whatever its title says; or check your own draft against the role you mean to hire.',
    names: ['job advert decoder', 'job description decoder', 'decode a job advert', 'check a job advert'],
  },
  'self-check': {
    title: 'Company-context self-check',
    description:
      'Answer five questions about your company and see which operating model fits it best, the runner-up, the teams to set up and who is responsible for what.',
    // The self-check builds the responsibility (RACI) matrix for the teams a reader sets up, and exports it as CSV.
    names: ['self-check', 'company self-check', 'RACI matrix', 'RACI chart', 'build a responsibility matrix'],
  },
} as const;
