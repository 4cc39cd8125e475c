/** What the search benchmark does: the page it opens, the two queries it types (the second warm), and how many runs. */
export const searchBench = { page: '/roles/devops/', queries: ['error budget', 'threat modelling'], runs: 3 };
