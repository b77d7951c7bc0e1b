/**
 * The default skills taxonomy: the competencies the 1,000-experts programme trains and the
 * network is searched by. Codes are stable keys stored on profiles and named by the cohorts
 * service's modules, so a code is never renamed or reused; a skill that goes out of use is marked
 * deprecated instead (profiles keep it, new claims cannot pick it).
 *
 * Aliases are what people actually type: the abbreviations of Vietnamese official writing
 * ("CĐS", "ATTT", "CSDLQG"), English loanwords ("AI", "cloud") and common other phrasings. Search
 * folds them (no tone marks, "đ" -> "d"), so an alias that folds to the skill's own name adds
 * nothing and is left out.
 */
import type { LocalizedText, SkillDefinition, Taxonomy } from '../domain/types.ts';

export const SKILL_CATEGORIES = [
  'strategy-governance',
  'digital-government',
  'data',
  'technology-infrastructure',
  'security',
  'people-change',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/** Display names of the categories, for a taxonomy browser's headings. */
export const SKILL_CATEGORY_NAMES: Readonly<Record<SkillCategory, LocalizedText>> = {
  'strategy-governance': { vi: 'Chiến lược và quản trị', en: 'Strategy and governance' },
  'digital-government': { vi: 'Chính phủ số', en: 'Digital government' },
  data: { vi: 'Dữ liệu', en: 'Data' },
  'technology-infrastructure': {
    vi: 'Công nghệ và hạ tầng',
    en: 'Technology and infrastructure',
  },
  security: { vi: 'An toàn, an ninh mạng', en: 'Security' },
  'people-change': { vi: 'Con người và thay đổi', en: 'People and change' },
};

const skill = (
  code: string,
  category: SkillCategory,
  name: readonly [vi: string, en: string],
  description: readonly [vi: string, en: string],
  aliases: readonly string[],
): SkillDefinition =>
  Object.freeze({
    code,
    category,
    name: Object.freeze({ vi: name[0], en: name[1] }),
    description: Object.freeze({ vi: description[0], en: description[1] }),
    aliases: Object.freeze([...aliases]),
    deprecated: false,
  });

export const DEFAULT_TAXONOMY: readonly SkillDefinition[] = Object.freeze([
  // Strategy and governance
  skill(
    'digital-transformation',
    'strategy-governance',
    ['Chuyển đổi số', 'Digital transformation'],
    [
      'Dẫn dắt việc thay đổi toàn diện cách cơ quan hoạt động dựa trên công nghệ số và dữ liệu.',
      'Leading a comprehensive change in how an agency works, built on digital technology and data.',
    ],
    ['CĐS', 'DX', 'chuyển đổi kỹ thuật số'],
  ),
  skill(
    'digital-strategy',
    'strategy-governance',
    ['Chiến lược và kế hoạch chuyển đổi số', 'Digital strategy and planning'],
    [
      'Xây dựng chiến lược, kế hoạch và lộ trình chuyển đổi số của bộ, ngành, địa phương.',
      'Drafting the digital transformation strategy, plans and roadmap of a ministry, sector or province.',
    ],
    ['kế hoạch CĐS', 'lộ trình số', 'digital roadmap'],
  ),
  skill(
    'enterprise-architecture',
    'strategy-governance',
    ['Kiến trúc tổng thể', 'Enterprise architecture'],
    [
      'Thiết kế và cập nhật kiến trúc Chính phủ điện tử, Chính phủ số của cơ quan theo Khung kiến trúc quốc gia.',
      'Designing and maintaining an agency’s e-government and digital government architecture under the national framework.',
    ],
    ['EA', 'kiến trúc Chính phủ điện tử', 'kiến trúc Chính phủ số', 'kiến trúc số'],
  ),
  skill(
    'digital-economy',
    'strategy-governance',
    ['Kinh tế số', 'Digital economy'],
    [
      'Thúc đẩy doanh nghiệp, thương mại điện tử và nền tảng số để phát triển kinh tế số.',
      'Promoting businesses, e-commerce and digital platforms to grow the digital economy.',
    ],
    ['KTS', 'kinh tế nền tảng', 'thương mại điện tử', 'TMĐT'],
  ),
  skill(
    'digital-society',
    'strategy-governance',
    ['Xã hội số', 'Digital society'],
    [
      'Đưa người dân tiếp cận dịch vụ số an toàn, hình thành công dân số và văn hóa số.',
      'Bringing people safely to digital services, building digital citizenship and digital culture.',
    ],
    ['XHS', 'công dân số', 'văn hóa số'],
  ),
  skill(
    'digital-policy',
    'strategy-governance',
    ['Chính sách và pháp luật về chuyển đổi số', 'Digital policy and regulation'],
    [
      'Soạn thảo, thẩm định và hướng dẫn thi hành văn bản pháp luật về công nghệ số, dữ liệu và giao dịch điện tử.',
      'Drafting, reviewing and guiding the application of law on digital technology, data and electronic transactions.',
    ],
    ['chính sách số', 'Luật Giao dịch điện tử', 'Luật Dữ liệu', 'thể chế số'],
  ),
  skill(
    'it-investment-management',
    'strategy-governance',
    ['Quản lý đầu tư ứng dụng công nghệ thông tin', 'IT investment management'],
    [
      'Lập, thẩm định và quản lý dự án đầu tư, thuê dịch vụ công nghệ thông tin bằng vốn nhà nước.',
      'Preparing, appraising and managing publicly funded IT investment projects and IT service rentals.',
    ],
    ['đầu tư CNTT', 'thuê dịch vụ CNTT', 'dự án CNTT'],
  ),
  skill(
    'digital-transformation-assessment',
    'strategy-governance',
    ['Đo lường, đánh giá chuyển đổi số', 'Digital transformation measurement'],
    [
      'Đánh giá mức độ chuyển đổi số bằng bộ chỉ số DTI và các chỉ tiêu đo lường kết quả.',
      'Assessing digital maturity with the DTI index and outcome indicators.',
    ],
    ['DTI', 'chỉ số chuyển đổi số', 'KPI chuyển đổi số'],
  ),

  // Digital government
  skill(
    'digital-government',
    'digital-government',
    ['Chính phủ số', 'Digital government'],
    [
      'Vận hành cơ quan nhà nước dựa trên dữ liệu và nền tảng số, cung cấp dịch vụ chủ động cho người dân.',
      'Running government on data and digital platforms, offering people proactive services.',
    ],
    ['CPS', 'chính quyền số'],
  ),
  skill(
    'e-government',
    'digital-government',
    ['Chính phủ điện tử', 'E-government'],
    [
      'Ứng dụng công nghệ thông tin vào hoạt động của cơ quan nhà nước để nâng cao hiệu quả và minh bạch.',
      'Applying information technology to government work for efficiency and transparency.',
    ],
    ['CPĐT', 'chính quyền điện tử', 'eGov'],
  ),
  skill(
    'public-service-portal',
    'digital-government',
    ['Cổng dịch vụ công', 'Public service portal'],
    [
      'Triển khai dịch vụ công trực tuyến toàn trình và tích hợp với Cổng Dịch vụ công quốc gia.',
      'Delivering end-to-end online public services integrated with the National Public Service Portal.',
    ],
    ['DVC', 'DVCTT', 'dịch vụ công trực tuyến', 'Cổng Dịch vụ công quốc gia'],
  ),
  skill(
    'administrative-procedure-reform',
    'digital-government',
    ['Cải cách thủ tục hành chính', 'Administrative procedure reform'],
    [
      'Rà soát, đơn giản hóa và số hóa thủ tục hành chính, vận hành bộ phận một cửa.',
      'Reviewing, simplifying and digitising administrative procedures, and running one-stop shops.',
    ],
    ['CCHC', 'TTHC', 'một cửa điện tử', 'số hóa hồ sơ'],
  ),
  skill(
    'interoperability',
    'digital-government',
    ['Kết nối, liên thông và chia sẻ dữ liệu', 'Interoperability'],
    [
      'Kết nối các hệ thống thông tin qua nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh và quốc gia.',
      'Connecting information systems through the ministerial, provincial and national data-sharing platforms.',
    ],
    ['LGSP', 'NDXP', 'trục liên thông', 'API'],
  ),
  skill(
    'e-office',
    'digital-government',
    ['Quản lý văn bản và điều hành điện tử', 'Electronic document management'],
    [
      'Xử lý văn bản, hồ sơ công việc và điều hành trên môi trường mạng, không dùng giấy.',
      'Handling documents, case files and management decisions online, without paper.',
    ],
    ['văn phòng điện tử', 'QLVB', 'hồ sơ công việc'],
  ),
  skill(
    'digital-identity',
    'digital-government',
    ['Định danh và xác thực điện tử', 'Digital identity and authentication'],
    [
      'Tích hợp định danh điện tử VNeID và xác thực người dùng vào dịch vụ của cơ quan.',
      'Integrating VNeID electronic identity and user authentication into an agency’s services.',
    ],
    ['VNeID', 'eKYC', 'định danh điện tử', 'SSO'],
  ),
  skill(
    'digital-signature',
    'digital-government',
    ['Chữ ký số', 'Digital signatures'],
    [
      'Triển khai chứng thư số và chữ ký số chuyên dùng, công cộng trong giao dịch điện tử.',
      'Rolling out certificates and government and public digital signatures in electronic transactions.',
    ],
    ['CKS', 'chứng thư số', 'PKI', 'ký số'],
  ),
  skill(
    'smart-city',
    'digital-government',
    ['Đô thị thông minh', 'Smart cities'],
    [
      'Xây dựng trung tâm giám sát, điều hành thông minh và dịch vụ đô thị dựa trên dữ liệu.',
      'Building intelligent operations centres and data-driven urban services.',
    ],
    ['IOC', 'trung tâm điều hành thông minh', 'smart city'],
  ),

  // Data
  skill(
    'data-governance',
    'data',
    ['Quản trị dữ liệu', 'Data governance'],
    [
      'Thiết lập chính sách, vai trò và quy trình bảo đảm dữ liệu của cơ quan đúng, đủ, sạch, sống.',
      'Setting the policies, roles and processes that keep an agency’s data correct, complete, clean and current.',
    ],
    ['quản lý dữ liệu', 'chất lượng dữ liệu', 'đúng đủ sạch sống'],
  ),
  skill(
    'open-data',
    'data',
    ['Dữ liệu mở', 'Open data'],
    [
      'Công bố dữ liệu mở của cơ quan nhà nước theo chuẩn, để người dân và doanh nghiệp tái sử dụng.',
      'Publishing government open data to standards for people and businesses to reuse.',
    ],
    ['OGD', 'cổng dữ liệu mở', 'dữ liệu công khai'],
  ),
  skill(
    'national-databases',
    'data',
    ['Cơ sở dữ liệu quốc gia', 'National databases'],
    [
      'Xây dựng, khai thác và đồng bộ với các cơ sở dữ liệu quốc gia như dân cư, đất đai, bảo hiểm.',
      'Building, using and synchronising with national databases such as population, land and insurance.',
    ],
    ['CSDLQG', 'CSDL quốc gia', 'CSDL dân cư', 'Đề án 06'],
  ),
  skill(
    'master-data',
    'data',
    ['Dữ liệu chủ và danh mục dùng chung', 'Master data and shared catalogues'],
    [
      'Quản lý dữ liệu chủ, danh mục dùng chung và siêu dữ liệu để các hệ thống hiểu nhau.',
      'Managing master data, shared code lists and metadata so that systems understand one another.',
    ],
    ['dữ liệu chủ', 'danh mục dùng chung', 'metadata', 'siêu dữ liệu'],
  ),
  skill(
    'data-analytics',
    'data',
    ['Phân tích dữ liệu', 'Data analytics'],
    [
      'Phân tích và trực quan hóa dữ liệu để hỗ trợ chỉ đạo, điều hành dựa trên bằng chứng.',
      'Analysing and visualising data to support evidence-based direction and management.',
    ],
    ['BI', 'dashboard', 'trực quan hóa dữ liệu', 'thống kê'],
  ),
  skill(
    'ai',
    'data',
    ['Trí tuệ nhân tạo', 'Artificial intelligence'],
    [
      'Ứng dụng trí tuệ nhân tạo, học máy và mô hình ngôn ngữ lớn vào nghiệp vụ của cơ quan nhà nước.',
      'Applying artificial intelligence, machine learning and large language models to government work.',
    ],
    ['AI', 'TTNT', 'học máy', 'machine learning', 'LLM', 'AI tạo sinh'],
  ),
  skill(
    'big-data',
    'data',
    ['Dữ liệu lớn', 'Big data'],
    [
      'Thu thập, lưu trữ và xử lý khối lượng dữ liệu lớn trên kho dữ liệu và hồ dữ liệu.',
      'Collecting, storing and processing large data volumes in data warehouses and data lakes.',
    ],
    ['kho dữ liệu', 'hồ dữ liệu', 'data lake', 'data warehouse'],
  ),

  // Technology and infrastructure
  skill(
    'cloud-computing',
    'technology-infrastructure',
    ['Điện toán đám mây', 'Cloud computing'],
    [
      'Thiết kế, di chuyển và vận hành hệ thống trên nền tảng điện toán đám mây phục vụ Chính phủ số.',
      'Designing, migrating and running systems on cloud platforms for digital government.',
    ],
    ['cloud', 'đám mây', 'IaaS', 'PaaS', 'SaaS'],
  ),
  skill(
    'data-centre',
    'technology-infrastructure',
    ['Trung tâm dữ liệu', 'Data centres'],
    [
      'Quy hoạch, xây dựng và vận hành trung tâm dữ liệu của bộ, ngành, địa phương.',
      'Planning, building and operating the data centre of a ministry, sector or province.',
    ],
    ['TTDL', 'data center', 'phòng máy chủ'],
  ),
  skill(
    'network-infrastructure',
    'technology-infrastructure',
    ['Hạ tầng mạng và viễn thông', 'Network and telecommunications infrastructure'],
    [
      'Thiết kế và quản lý mạng truyền số liệu chuyên dùng, mạng nội bộ và hạ tầng băng rộng.',
      'Designing and managing the government data network, local networks and broadband infrastructure.',
    ],
    ['TSLCD', 'mạng truyền số liệu chuyên dùng', 'mạng WAN', '5G'],
  ),
  skill(
    'software-development',
    'technology-infrastructure',
    ['Phát triển phần mềm', 'Software development'],
    [
      'Phân tích yêu cầu, lập trình, kiểm thử và bàn giao phần mềm phục vụ nghiệp vụ.',
      'Analysing requirements, programming, testing and delivering software for government work.',
    ],
    ['lập trình', 'DevOps', 'kiểm thử phần mềm', 'mã nguồn mở'],
  ),
  skill(
    'it-operations',
    'technology-infrastructure',
    ['Vận hành hệ thống thông tin', 'IT operations'],
    [
      'Quản trị, giám sát và bảo đảm hệ thống thông tin hoạt động ổn định, liên tục.',
      'Administering and monitoring information systems so that they run steadily and without interruption.',
    ],
    ['quản trị hệ thống', 'ITIL', 'sao lưu dự phòng'],
  ),
  skill(
    'iot',
    'technology-infrastructure',
    ['Internet vạn vật', 'Internet of things'],
    [
      'Ứng dụng cảm biến và thiết bị kết nối trong giám sát giao thông, môi trường và nông nghiệp.',
      'Using sensors and connected devices to monitor traffic, the environment and agriculture.',
    ],
    ['IoT', 'cảm biến', 'thiết bị thông minh'],
  ),
  skill(
    'gis',
    'technology-infrastructure',
    ['Hệ thống thông tin địa lý', 'Geographic information systems'],
    [
      'Xây dựng bản đồ số và phân tích dữ liệu không gian phục vụ quy hoạch, quản lý đất đai.',
      'Building digital maps and analysing spatial data for planning and land management.',
    ],
    ['GIS', 'bản đồ số', 'WebGIS', 'dữ liệu không gian'],
  ),

  // Security
  skill(
    'cybersecurity',
    'security',
    ['An toàn thông tin', 'Information security'],
    [
      'Bảo vệ hệ thống thông tin và dữ liệu của cơ quan trước các nguy cơ mất an toàn thông tin mạng.',
      'Protecting an agency’s information systems and data against cyber threats.',
    ],
    ['ATTT', 'an ninh mạng', 'ANM', 'bảo mật', 'cyber security'],
  ),
  skill(
    'security-operations',
    'security',
    ['Giám sát an toàn thông tin', 'Security monitoring'],
    [
      'Vận hành trung tâm giám sát an toàn thông tin, phát hiện và cảnh báo tấn công mạng.',
      'Running a security operations centre that detects and reports cyber attacks.',
    ],
    ['SOC', 'SIEM', 'giám sát an ninh mạng'],
  ),
  skill(
    'incident-response',
    'security',
    ['Ứng cứu sự cố', 'Incident response'],
    [
      'Xử lý, khắc phục sự cố an toàn thông tin và tổ chức diễn tập ứng cứu.',
      'Handling and recovering from security incidents, and organising response drills.',
    ],
    ['ƯCSC', 'CSIRT', 'diễn tập an toàn thông tin'],
  ),
  skill(
    'security-compliance',
    'security',
    ['Bảo đảm an toàn hệ thống thông tin theo cấp độ', 'Security by system level'],
    [
      'Xác định cấp độ, lập hồ sơ và triển khai phương án bảo đảm an toàn cho hệ thống thông tin.',
      'Classifying information systems by security level, filing their dossiers and implementing the required measures.',
    ],
    ['hồ sơ cấp độ', 'cấp độ an toàn', 'Nghị định 85', 'TCVN 11930'],
  ),
  skill(
    'personal-data-protection',
    'security',
    ['Bảo vệ dữ liệu cá nhân', 'Personal data protection'],
    [
      'Bảo đảm việc xử lý dữ liệu cá nhân tuân thủ pháp luật và tôn trọng quyền của chủ thể dữ liệu.',
      'Making sure personal data is processed lawfully and with respect for the data subject’s rights.',
    ],
    ['BVDLCN', 'quyền riêng tư', 'Nghị định 13', 'privacy'],
  ),
  skill(
    'penetration-testing',
    'security',
    ['Kiểm thử xâm nhập', 'Penetration testing'],
    [
      'Đánh giá lỗ hổng và kiểm thử xâm nhập hệ thống trước khi đưa vào vận hành.',
      'Assessing vulnerabilities and penetration-testing systems before they go live.',
    ],
    ['pentest', 'đánh giá lỗ hổng', 'rà quét lỗ hổng'],
  ),

  // People and change
  skill(
    'change-management',
    'people-change',
    ['Quản lý sự thay đổi', 'Change management'],
    [
      'Chuẩn bị và đồng hành cùng cán bộ, công chức khi quy trình và công cụ làm việc thay đổi.',
      'Preparing and supporting civil servants as their processes and tools change.',
    ],
    ['quản trị thay đổi', 'thay đổi tổ chức'],
  ),
  skill(
    'project-management',
    'people-change',
    ['Quản lý dự án', 'Project management'],
    [
      'Lập kế hoạch, điều phối và kiểm soát tiến độ, chi phí, chất lượng của dự án.',
      'Planning, coordinating and controlling a project’s schedule, cost and quality.',
    ],
    ['QLDA', 'PMP', 'Agile', 'Scrum'],
  ),
  skill(
    'digital-skills-training',
    'people-change',
    ['Đào tạo kỹ năng số', 'Digital skills training'],
    [
      'Thiết kế và tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức và người dân.',
      'Designing and running digital skills training for civil servants and the public.',
    ],
    ['bồi dưỡng kỹ năng số', 'phổ cập kỹ năng số', 'Bình dân học vụ số'],
  ),
  skill(
    'digital-communications',
    'people-change',
    ['Truyền thông chuyển đổi số', 'Digital transformation communications'],
    [
      'Truyền thông, tuyên truyền để người dân và cán bộ hiểu và sử dụng dịch vụ số.',
      'Communicating so that people and civil servants understand and use digital services.',
    ],
    ['truyền thông', 'tuyên truyền', 'mạng xã hội'],
  ),
  skill(
    'user-experience',
    'people-change',
    ['Thiết kế trải nghiệm người dùng', 'User experience design'],
    [
      'Thiết kế dịch vụ số dễ dùng, lấy người dân và doanh nghiệp làm trung tâm.',
      'Designing easy-to-use digital services centred on people and businesses.',
    ],
    ['UX', 'UI', 'thiết kế dịch vụ', 'lấy người dân làm trung tâm'],
  ),
  skill(
    'process-reengineering',
    'people-change',
    ['Tái cấu trúc quy trình nghiệp vụ', 'Business process re-engineering'],
    [
      'Phân tích và thiết kế lại quy trình nghiệp vụ trước khi số hóa.',
      'Analysing and redesigning business processes before they are digitised.',
    ],
    ['BPR', 'quy trình nghiệp vụ', 'số hóa quy trình'],
  ),
  skill(
    'community-digital-teams',
    'people-change',
    ['Tổ công nghệ số cộng đồng', 'Community digital technology teams'],
    [
      'Tổ chức và hỗ trợ tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng dịch vụ số.',
      'Organising and supporting the community teams that help people use digital services.',
    ],
    ['tổ CNSCĐ', 'tổ công nghệ số', 'hỗ trợ người dân'],
  ),
]);

/**
 * The taxonomy by code, as the service loads it. A code listed twice would make one definition
 * silently shadow the other, so that is refused rather than resolved.
 */
export function taxonomyOf(definitions: readonly SkillDefinition[]): Taxonomy {
  const byCode = new Map<string, SkillDefinition>();
  for (const definition of definitions) {
    if (byCode.has(definition.code)) {
      throw new Error(`skill ${definition.code} listed twice in the taxonomy`);
    }
    byCode.set(definition.code, definition);
  }
  return byCode;
}
