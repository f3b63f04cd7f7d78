// The staffing counts a department table may report (its `staffing` object), by key: the
// label the form prints and the unit it counts in.
export const STAFFING: Readonly<Record<string, { label: string; unit: string }>> = {
  authorizedPosts: { label: '核定编制数', unit: '名' },
  onDuty: { label: '年末实际在岗在编人数', unit: '人' },
  retired: { label: '退休人员', unit: '人' },
  temporary: { label: '临聘人员', unit: '人' },
  officialVehicles: { label: '公务用车', unit: '台' },
  internalOffices: { label: '内设股室', unit: '个' },
}
