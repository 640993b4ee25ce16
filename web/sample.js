// The page's sample article. Written by the Précis project for this purpose (fictional town and
// people, no real events); it is distributed under the project's own licence.
export const SAMPLE_TITLE = 'Riverton approves flood barrier after record spring floods';

export const SAMPLE_TEXT = `Riverton City Council voted 7-2 on Tuesday to build a $48 million flood barrier along the Ash River, three months after record spring floods forced 2,300 residents from their homes.

The barrier, a 4.2 km wall of steel and earth with six pumping stations, is designed to hold back water two metres higher than the March 2024 crest. Construction is due to start in September and finish by late 2027.

"We cannot ask families to rebuild a third time in ten years," Mayor Elena Marsh told the council chamber, which was packed with residents from the low-lying Eastbank district. "This wall is the difference between a bad week and a lost home."

SEE ALSO: Eastbank residents count the cost of the spring floods

The two councillors who voted against the plan, Tom Berger and Priya Nand, said the city had not studied cheaper options such as restoring wetlands upstream. Berger warned that the project could raise property taxes by 6% over five years.

The Northern Rivers Authority, which manages the river basin, backed the barrier but said it would only contribute £12m of the cost. The rest will come from a state resilience fund and a municipal bond that voters must approve in November.

Engineers at Halden & Price, the firm that drew up the design, estimate the barrier would have prevented 90% of the flood damage recorded this year. The spring floods caused about $31 million in damage to homes and businesses, according to the city's finance office.

Residents of Eastbank welcomed the decision but asked for help sooner. Maria Okafor, whose bakery on Mill Street was under a metre of water for four days, said many neighbours were still waiting for insurance payments.

Marsh said the council would open a temporary relief office in Eastbank next week and publish a timeline for the barrier's first phase by the end of the month.

Advertisement

Copyright 2025 Riverton Ledger. All rights reserved.`;
