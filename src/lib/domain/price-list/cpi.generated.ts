// Generated from shared/data/cpi-nl.csv by tests/unit/price-list-data.test.ts
// (UPDATE_PRICE_LIST=1). Do not edit by hand.
export default {
	"source": "CBS consumentenprijsindex (CPI) jaarmutatie",
	"tenthsOfPercentByYear": {
		"2015": 6,
		"2016": 3,
		"2017": 14,
		"2018": 17,
		"2019": 26,
		"2020": 13,
		"2021": 27,
		"2022": 100,
		"2023": 38,
		"2024": 33,
		"2025": 33
	}
};
