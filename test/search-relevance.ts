import { type Database, getDb } from '@/db/client';
import { articles, sections, users } from '@/db/schema';
import { plainToDoc, renderRichText, richTextToPlain } from '@/lib/articles/rich-text';
import { searchArticles } from '@/lib/search/search';
import { slugify } from '@/lib/text';

/**
 * The search relevance set: realistic stories full of near misses (họp/hợp, mặt/mắt, cán bộ/bộ …
 * cán, Đà Nẵng/Đà Lạt nắng, Tiền Giang/Kiên Giang, bão số/báo số, giá xăng/gia đình … xăng) and the
 * queries a reader types, with and without diacritics, each with the stories it should find.
 * Loaded by lib/search/relevance.test.ts and `npm run bench:search-relevance`.
 *
 * The near misses are the newer stories (fewer hours ago): ordered by date alone, or by words
 * present anywhere, they would come first.
 */
export type RelevanceStory = { key: string; title: string; lead: string; body: string; hoursAgo: number };

export type RelevanceQuery = {
  q: string;
  /**
   * The stories the query should find, in tiers: every story of a tier should come before every
   * story of the next (e.g. the reader's exact diacritics before the same syllables otherwise
   * accented). One tier when the order among them does not matter.
   */
  relevant: string[][];
};

export const relevanceStories: RelevanceStory[] = [
  // --- họp mặt --------------------------------------------------------------------------------
  {
    key: 'hop-mat-huu-tri',
    title: 'Họp mặt cán bộ hưu trí nhân dịp năm mới',
    lead: 'Sáng nay, Ban Tổ chức Tỉnh ủy gặp gỡ hơn 300 cán bộ lão thành, cán bộ hưu trí đã từng công tác tại các cơ quan của tỉnh.',
    body: 'Tại buổi gặp, lãnh đạo tỉnh thông tin về tình hình kinh tế - xã hội năm qua và cảm ơn những đóng góp của các thế hệ đi trước.\nNhiều cán bộ hưu trí góp ý về công tác xây dựng Đảng ở cơ sở.',
    hoursAgo: 400,
  },
  {
    key: 'hop-mat-dong-huong',
    title: 'Ấm áp buổi họp mặt đồng hương Quảng Ngãi tại TP.HCM',
    lead: 'Hơn 1.000 người con quê hương Quảng Ngãi đang sinh sống, làm việc tại TP.HCM về dự buổi gặp mặt đầu xuân.',
    body: 'Chương trình văn nghệ mang đậm bản sắc miền Trung được dàn dựng công phu.\nHội đồng hương trao 50 suất quà cho sinh viên khó khăn.',
    hoursAgo: 380,
  },
  {
    key: 'hop-mat-cuu-hoc-sinh',
    title: 'Kỷ niệm 40 năm thành lập Trường THPT Nguyễn Du',
    lead: 'Hơn 500 cựu học sinh các khóa đã về dự buổi họp mặt truyền thống, ôn lại kỷ niệm dưới mái trường xưa.',
    body: 'Nhà trường đón nhận Huân chương Lao động hạng Ba.\nCác cựu học sinh trao tặng 30 suất học bổng cho học sinh nghèo học giỏi.',
    hoursAgo: 300,
  },
  {
    key: 'hop-mat-cuu-chien-binh',
    title: 'Hội Cựu chiến binh xã Tân Phú gặp gỡ đầu xuân',
    lead: 'Nhân kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam, hội viên cựu chiến binh trong xã cùng nhau ôn lại truyền thống.',
    body: 'Buổi họp mặt diễn ra ấm cúng tại hội trường Ủy ban nhân dân xã.\nHội biểu dương 12 hội viên tiêu biểu trong phong trào làm kinh tế giỏi.',
    hoursAgo: 260,
  },
  {
    key: 'phoi-hop-mat-hang',
    title: 'Tăng cường phối hợp quản lý thị trường các mặt hàng thiết yếu dịp Tết',
    lead: 'Cục Quản lý thị trường yêu cầu các đội phối hợp với công an kiểm tra hàng giả, hàng kém chất lượng.',
    body: 'Các mặt hàng thực phẩm, bánh kẹo, rượu bia là trọng tâm kiểm tra.\nĐoàn kiểm tra liên ngành đã xử phạt 45 cơ sở vi phạm.',
    hoursAgo: 10,
  },
  {
    key: 'hop-tac-xa-doi-mat',
    title: 'Hợp tác xã nông nghiệp đối mặt với khó khăn đầu ra',
    lead: 'Giá nông sản giảm sâu khiến nhiều hợp tác xã ở đồng bằng sông Cửu Long lao đao.',
    body: 'Nhiều hợp tác xã phải bán lúa dưới giá thành.\nNgân hàng được đề nghị giãn nợ cho các hợp tác xã gặp khó.',
    hoursAgo: 20,
  },
  {
    key: 'tong-hop-nhieu-mat',
    title: 'Tổng hợp tình hình kinh tế - xã hội quý III: nhiều mặt tích cực',
    lead: 'Cục Thống kê tỉnh công bố số liệu tổng hợp, tăng trưởng kinh tế quý III ước đạt 7,2%.',
    body: 'Thu ngân sách đạt 80% dự toán cả năm.\nMột số mặt còn hạn chế như giải ngân vốn đầu tư công chậm.',
    hoursAgo: 30,
  },
  {
    key: 'cuoc-hop-sat-lo',
    title: 'Cuộc họp khẩn bàn phương án khắc phục sạt lở mặt đường đèo Lò Xo',
    lead: 'Ủy ban nhân dân tỉnh triệu tập cuộc họp với ngành giao thông sau khi mưa lớn làm sụt lún nhiều đoạn.',
    body: 'Mặt đường bị sạt khoảng 50 mét, xe tải nặng phải đi đường tránh.\nĐơn vị thi công cam kết thông xe trong 10 ngày.',
    hoursAgo: 15,
  },
  // --- cán bộ ---------------------------------------------------------------------------------
  {
    key: 'can-bo-nguon',
    title: 'Tỉnh ủy mở lớp bồi dưỡng kiến thức cho cán bộ nguồn',
    lead: 'Lớp học kéo dài hai tháng, dành cho 120 học viên là cán bộ trẻ trong quy hoạch.',
    body: 'Học viên được trang bị kiến thức quản lý nhà nước, kỹ năng lãnh đạo.\nCuối khóa, mỗi học viên viết một đề án gắn với địa phương.',
    hoursAgo: 350,
  },
  {
    key: 'can-bo-nhung-nhieu',
    title: 'Xử lý nghiêm cán bộ nhũng nhiễu người dân khi làm thủ tục đất đai',
    lead: 'Chủ tịch tỉnh chỉ đạo thanh tra các bộ phận một cửa sau phản ánh của người dân.',
    body: 'Hai công chức địa chính bị tạm đình chỉ công tác.\nNgười dân có thể phản ánh qua đường dây nóng của tỉnh.',
    hoursAgo: 330,
  },
  {
    key: 'bo-cong-thuong-can-moc',
    title: 'Bộ Công Thương: xuất khẩu nông sản cán mốc 60 tỷ USD',
    lead: 'Theo báo cáo của Bộ, nhiều mặt hàng như rau quả, cà phê, hạt điều tăng mạnh về giá trị.',
    body: 'Thị trường Trung Quốc, Mỹ và EU tiếp tục là điểm đến lớn.\nBộ khuyến cáo doanh nghiệp chú ý truy xuất nguồn gốc.',
    hoursAgo: 12,
  },
  {
    key: 'bo-mon-can-dich',
    title: 'Đội tuyển điền kinh cán đích thứ nhất, bộ môn bơi lội giành ba huy chương vàng',
    lead: 'Ngày thi đấu thứ tư của Đại hội Thể thao toàn quốc mang về nhiều niềm vui cho đoàn thể thao tỉnh.',
    body: 'Vận động viên trẻ Lê Minh Anh phá kỷ lục quốc gia nội dung 400 mét.\nBan huấn luyện đặt mục tiêu lọt vào tốp 10.',
    hoursAgo: 8,
  },
  {
    key: 'ho-can-nuoc',
    title: 'Hồ thủy lợi cạn nước, bộ phận vận hành tính phương án tích trữ',
    lead: 'Nắng hạn kéo dài khiến mực nước hồ Đá Bạc xuống thấp nhất 10 năm.',
    body: 'Nông dân hạ lưu được khuyến cáo chuyển sang cây trồng cần ít nước.\nCông ty thủy lợi sẽ bơm chống hạn cho 500 ha lúa.',
    hoursAgo: 25,
  },
  // --- Đà Nẵng --------------------------------------------------------------------------------
  {
    key: 'da-nang-du-khach',
    title: 'Đà Nẵng đón hơn 1 triệu lượt khách dịp lễ',
    lead: 'Công suất phòng các khách sạn ven biển đạt trên 90%, nhiều điểm tham quan quá tải.',
    body: 'Bán đảo Sơn Trà, Bà Nà và phố cổ Hội An là những điểm đến được chọn nhiều nhất.\nNgành du lịch thành phố tăng cường kiểm tra giá dịch vụ.',
    hoursAgo: 320,
  },
  {
    key: 'da-nang-phao-hoa',
    title: 'Lễ hội pháo hoa quốc tế Đà Nẵng thu hút đông đảo du khách',
    lead: 'Đêm khai mạc bên sông Hàn có năm đội đến từ châu Âu và châu Á tham gia trình diễn.',
    body: 'Lực lượng chức năng phân luồng giao thông từ chiều.\nLễ hội kéo dài đến cuối tháng với sáu đêm thi.',
    hoursAgo: 290,
  },
  {
    key: 'mien-trung-bien',
    title: 'Miền Trung chuẩn bị mùa du lịch biển',
    lead: 'Các địa phương Quảng Nam, Đà Nẵng, Thừa Thiên Huế đồng loạt ra mắt sản phẩm du lịch mới.',
    body: 'Nhiều khu nghỉ dưỡng giảm giá phòng để kích cầu.\nCác hãng hàng không tăng chuyến bay đến miền Trung.',
    hoursAgo: 240,
  },
  {
    key: 'da-lat-nang-am',
    title: 'Đà Lạt nắng ấm, hoa mai anh đào nở rộ khắp phố',
    lead: 'Những ngày này, du khách đổ về thành phố ngàn hoa để ngắm sắc hồng phủ kín các con đường.',
    body: 'Hồ Xuân Hương, đường Trần Hưng Đạo là những điểm ngắm hoa đẹp nhất.\nThời tiết nắng ráo, se lạnh về đêm.',
    hoursAgo: 6,
  },
  {
    key: 'da-lat-hong-treo-gio',
    title: 'Nông dân Đà Lạt tận dụng nắng hanh làm hồng treo gió',
    lead: 'Mỗi ngày, các cơ sở ở phường 11 xuất bán hàng tấn hồng treo gió đi các tỉnh.',
    body: 'Hồng phải được gọt vỏ, treo trong nhà kính khoảng 20 ngày.\nGiá bán từ 350.000 đến 400.000 đồng mỗi ký.',
    hoursAgo: 14,
  },
  {
    key: 'giu-da-nang-kim-ngach',
    title: 'Xuất khẩu giữ đà tăng, nâng kim ngạch cả năm lên mức kỷ lục',
    lead: 'Tốc độ tăng trưởng xuất khẩu được dự báo duy trì trong quý cuối năm nhờ đơn hàng dịp lễ.',
    body: 'Dệt may, điện tử, gỗ là ba nhóm hàng tăng mạnh.\nCác chuyên gia lưu ý rủi ro từ tỷ giá.',
    hoursAgo: 18,
  },
  // --- Tiền Giang ----------------------------------------------------------------------------
  {
    key: 'tien-giang-sau-rieng',
    title: 'Tiền Giang: thu hoạch sầu riêng trái vụ được giá',
    lead: 'Nông dân huyện Cai Lậy phấn khởi khi sầu riêng trái vụ được thương lái mua tại vườn giá cao.',
    body: 'Toàn tỉnh có hơn 20.000 ha sầu riêng, phần lớn đã được cấp mã số vùng trồng.\nNgành nông nghiệp khuyến cáo không chạy theo giá, mở rộng diện tích ồ ạt.',
    hoursAgo: 310,
  },
  {
    key: 'cau-rach-mieu',
    title: 'Cầu Rạch Miễu 2 nối Tiền Giang và Bến Tre sắp hợp long',
    lead: 'Nhà thầu tập trung máy móc, nhân lực để hợp long nhịp chính trước mùa mưa.',
    body: 'Cây cầu dài hơn 17 km tính cả đường dẫn.\nKhi hoàn thành, cầu giảm tải cho cầu Rạch Miễu hiện hữu.',
    hoursAgo: 270,
  },
  {
    key: 'dbscl-han-man',
    title: 'Đồng bằng sông Cửu Long chủ động ứng phó hạn mặn',
    lead: 'Các tỉnh Tiền Giang, Bến Tre, Long An đóng cống ngăn mặn, trữ nước ngọt phục vụ sản xuất.',
    body: 'Độ mặn 4 phần nghìn đã vào sâu 50 km trên sông Vàm Cỏ.\nNgười dân được hướng dẫn trữ nước sinh hoạt.',
    hoursAgo: 230,
  },
  {
    key: 'kien-giang-tien-ty',
    title: 'Kiên Giang chi tiền tỷ nạo vét kênh mương nội đồng',
    lead: 'Công trình giúp hơn 3.000 ha lúa vụ hè thu có đủ nước tưới.',
    body: 'Kinh phí được trích từ nguồn tiền sử dụng đất của tỉnh.\nCác huyện U Minh Thượng, An Biên được ưu tiên.',
    hoursAgo: 9,
  },
  {
    key: 'giang-vien-tien-thuong',
    title: 'Giảng viên đại học được thưởng tiền khi công bố bài báo quốc tế',
    lead: 'Mức thưởng cao nhất lên đến 150 triệu đồng cho một công trình đăng trên tạp chí uy tín.',
    body: 'Nhiều trường đang cạnh tranh thu hút giảng viên giỏi.\nBộ Giáo dục và Đào tạo nhắc các trường công khai quy chế thưởng.',
    hoursAgo: 16,
  },
  // --- bão số 3 -------------------------------------------------------------------------------
  {
    key: 'bao-so-3-do-bo',
    title: 'Bão số 3 đổ bộ vào Quảng Ninh, gió giật cấp 12',
    lead: 'Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết tâm bão đi vào đất liền lúc 14 giờ.',
    body: 'Hàng nghìn cây xanh bị quật đổ, nhiều khu vực mất điện.\nCác tỉnh ven biển cấm tàu thuyền ra khơi.',
    hoursAgo: 340,
  },
  {
    key: 'bao-so-3-dien',
    title: 'Khắc phục hậu quả bão số 3: ngành điện khôi phục cấp điện cho 90% khách hàng',
    lead: 'Hàng nghìn công nhân điện lực được huy động từ các tỉnh miền Trung ra hỗ trợ.',
    body: 'Nhiều cột điện cao thế bị gãy đổ.\nNgành điện phấn đấu cấp điện trở lại toàn bộ trong tuần này.',
    hoursAgo: 325,
  },
  {
    key: 'ho-tro-vung-lu',
    title: 'Hỗ trợ người dân vùng lũ sớm ổn định cuộc sống',
    lead: 'Hoàn lưu bão số 3 gây mưa lớn, nhiều xã ở Yên Bái, Lào Cai bị ngập sâu.',
    body: 'Các đoàn cứu trợ mang gạo, nước sạch, thuốc men đến từng thôn.\nBộ đội giúp dân dọn bùn, sửa nhà.',
    hoursAgo: 280,
  },
  {
    key: 'bao-so-hoa',
    title: 'Báo số hóa: 3 xu hướng định hình tòa soạn tương lai',
    lead: 'Tại diễn đàn báo chí, các tổng biên tập chia sẻ kinh nghiệm chuyển đổi số.',
    body: 'Trí tuệ nhân tạo, video ngắn và thu phí nội dung là ba xu hướng lớn.\nNhiều tòa soạn đã thành lập ban nội dung số.',
    hoursAgo: 7,
  },
  {
    key: 'bao-so-4',
    title: 'Bão số 4 suy yếu thành áp thấp nhiệt đới, 3 ngư dân mất liên lạc',
    lead: 'Lực lượng cứu hộ đang tìm kiếm tàu cá bị nạn ngoài khơi Quảng Trị.',
    body: 'Áp thấp nhiệt đới gây mưa to ở Bắc Trung Bộ.\nNgư dân được khuyến cáo chưa ra khơi.',
    hoursAgo: 11,
  },
  {
    key: 'bao-cao-so-lieu',
    title: 'Báo cáo số liệu quý 3: bảo hiểm xã hội tăng 5% số người tham gia',
    lead: 'Bảo hiểm xã hội tỉnh công bố số người tham gia tự nguyện tăng mạnh.',
    body: 'Số người hưởng lương hưu cũng tăng.\nNgành bảo hiểm đẩy mạnh thu qua ứng dụng di động.',
    hoursAgo: 13,
  },
  // --- giá xăng -------------------------------------------------------------------------------
  {
    key: 'gia-xang-giam',
    title: 'Giá xăng giảm lần thứ ba liên tiếp từ 15 giờ chiều nay',
    lead: 'Liên bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu theo diễn biến thế giới.',
    body: 'Xăng E5 RON 92 giảm 420 đồng mỗi lít.\nQuỹ bình ổn giá không được trích lập kỳ này.',
    hoursAgo: 360,
  },
  {
    key: 'gia-xang-dau-ron95',
    title: 'Điều chỉnh giá xăng dầu: xăng RON 95 còn 20.500 đồng mỗi lít',
    lead: 'Đây là mức thấp nhất trong sáu tháng qua, người dân và doanh nghiệp vận tải được hưởng lợi.',
    body: 'Giá dầu diesel cũng giảm nhẹ.\nCác cửa hàng niêm yết giá mới ngay từ chiều.',
    hoursAgo: 345,
  },
  {
    key: 'cpi-thang-10',
    title: 'Chỉ số giá tiêu dùng tháng 10 tăng nhẹ',
    lead: 'Cục Thống kê cho biết chỉ số giá tiêu dùng tăng 0,2% so với tháng trước.',
    body: 'Nhóm giao thông tăng do giá xăng được điều chỉnh tăng hai kỳ.\nNhóm lương thực giảm nhờ nguồn cung dồi dào.',
    hoursAgo: 250,
  },
  {
    key: 'chay-cay-xang',
    title: 'Cháy cây xăng trong đêm, gia đình chủ cửa hàng thoát nạn',
    lead: 'Ngọn lửa bùng lên từ khu vực bồn chứa, lực lượng cứu hỏa mất hai giờ mới khống chế.',
    body: 'Một gia đình năm người sống trên tầng hai được đưa ra ngoài an toàn.\nNguyên nhân vụ cháy đang được điều tra.',
    hoursAgo: 5,
  },
  {
    key: 'gia-lua-tien-xang',
    title: 'Giá lúa tăng nhưng tiền xăng, tiền phân bón cũng tăng theo',
    lead: 'Nông dân vụ đông xuân lãi không nhiều vì chi phí đầu vào cao.',
    body: 'Tiền thuê máy gặt, tiền xăng dầu chạy máy bơm chiếm phần lớn chi phí.\nHội nông dân kiến nghị hỗ trợ giá vật tư.',
    hoursAgo: 17,
  },
  {
    key: 'gia-lai-xang-dau',
    title: 'Gia Lai kiểm tra các cửa hàng xăng dầu dịp cao điểm',
    lead: 'Đoàn kiểm tra phát hiện hai cửa hàng bán không đúng thời gian niêm yết.',
    body: 'Sở Công Thương yêu cầu cửa hàng không được tự ý ngừng bán.\nNgười dân phản ánh qua đường dây nóng.',
    hoursAgo: 19,
  },
  // --- khám mắt -------------------------------------------------------------------------------
  {
    key: 'kham-mat-hoc-sinh',
    title: 'Khám mắt miễn phí cho 500 học sinh vùng cao',
    lead: 'Các bác sĩ phát hiện gần 100 em bị cận thị, được tặng kính ngay tại trường.',
    body: 'Chương trình do Bệnh viện Mắt tỉnh phối hợp với Đoàn Thanh niên tổ chức.\nPhụ huynh được hướng dẫn cách phòng cận thị cho con.',
    hoursAgo: 335,
  },
  {
    key: 'benh-vien-mat',
    title: 'Bệnh viện Mắt tỉnh tặng kính cho người nghèo',
    lead: 'Hơn 800 người cao tuổi được khám mắt, 150 người được mổ đục thủy tinh thể miễn phí.',
    body: 'Các ca mổ được thực hiện bằng phương pháp phaco hiện đại.\nBệnh viện sẽ tổ chức đợt tiếp theo vào quý tới.',
    hoursAgo: 305,
  },
  {
    key: 'kham-xet-tien-mat',
    title: 'Khám xét nơi ở giám đốc công ty, thu giữ nhiều tiền mặt',
    lead: 'Cơ quan điều tra khởi tố vụ án lừa đảo chiếm đoạt tài sản liên quan đến dự án đất nền.',
    body: 'Hơn 200 khách hàng đã nộp tiền đặt cọc.\nCông an đề nghị các bị hại liên hệ để cung cấp thông tin.',
    hoursAgo: 4,
  },
  {
    key: 'kham-pha-mat-trai',
    title: 'Khám phá mặt trái của những video “chữa bệnh” trên mạng xã hội',
    lead: 'Nhiều người bệnh bỏ điều trị vì tin vào các bài thuốc không rõ nguồn gốc.',
    body: 'Các bác sĩ cảnh báo không tự ý ngưng thuốc.\nBộ Y tế đề nghị xử lý các tài khoản quảng cáo sai sự thật.',
    hoursAgo: 21,
  },
  // --- học sinh -------------------------------------------------------------------------------
  {
    key: 'hoc-sinh-tro-lai-truong',
    title: 'Học sinh Hà Nội trở lại trường sau kỳ nghỉ Tết',
    lead: 'Sáng nay, hơn hai triệu học sinh các cấp đã trở lại lớp học.',
    body: 'Nhiều trường tổ chức hoạt động khai xuân, hái lộc đầu năm.\nSở Giáo dục yêu cầu bảo đảm an toàn trường học.',
    hoursAgo: 315,
  },
  {
    key: 'hoc-bong-hoc-sinh-ngheo',
    title: 'Trao 200 suất học bổng cho học sinh nghèo vượt khó',
    lead: 'Mỗi suất trị giá 2 triệu đồng, kèm sách vở và đồ dùng học tập.',
    body: 'Quỹ khuyến học huyện vận động từ các doanh nghiệp.\nNhiều em có hoàn cảnh đặc biệt khó khăn được nhận học bổng nhiều năm liền.',
    hoursAgo: 285,
  },
  {
    key: 'sinh-vien-hoc-khoi-nghiep',
    title: 'Sinh viên năm cuối học cách khởi nghiệp từ nông sản quê nhà',
    lead: 'Cuộc thi ý tưởng khởi nghiệp thu hút 80 dự án của sinh viên các trường.',
    body: 'Dự án đoạt giải nhất làm trà từ lá ổi.\nBan tổ chức kết nối các nhóm với nhà đầu tư.',
    hoursAgo: 3,
  },
  {
    key: 'ho-sinh-hoc-tap',
    title: 'Nữ hộ sinh 30 năm học tập không ngừng để đỡ đẻ an toàn',
    lead: 'Bà Nguyễn Thị Hoa đã đỡ đẻ cho hàng nghìn sản phụ ở vùng sâu.',
    body: 'Bà tự học thêm kỹ năng hồi sức sơ sinh.\nNhiều gia đình coi bà như người thân.',
    hoursAgo: 22,
  },
  // --- xuất khẩu gạo --------------------------------------------------------------------------
  {
    key: 'xuat-khau-gao-10-thang',
    title: 'Xuất khẩu gạo 10 tháng đạt 7,8 triệu tấn',
    lead: 'Kim ngạch xuất khẩu gạo tăng 25% nhờ giá bình quân cao nhất 15 năm.',
    body: 'Philippines, Indonesia và Trung Quốc là ba thị trường lớn nhất.\nHiệp hội Lương thực dự báo cả năm vượt 8 triệu tấn.',
    hoursAgo: 355,
  },
  {
    key: 'doanh-nghiep-gao-chau-phi',
    title: 'Doanh nghiệp tìm thị trường mới ở châu Phi',
    lead: 'Nhiều doanh nghiệp xuất khẩu gạo ký hợp đồng với đối tác Bờ Biển Ngà, Ghana.',
    body: 'Gạo thơm và gạo ST25 được ưa chuộng.\nBộ Công Thương hỗ trợ xúc tiến thương mại tại chỗ.',
    hoursAgo: 275,
  },
  {
    key: 'gia-gao-ca-phe',
    title: 'Giá gạo trong nước ổn định, xuất khẩu cà phê tăng mạnh',
    lead: 'Giá cà phê nhân xô lên mức cao nhất lịch sử, xuất khẩu 9 tháng đạt 4 tỷ USD.',
    body: 'Nông dân Tây Nguyên phấn khởi.\nGiá gạo bán lẻ ở các chợ đi ngang.',
    hoursAgo: 2,
  },
  {
    key: 'xuat-khau-thuy-san',
    title: 'Xuất khẩu thủy sản phục hồi, cá tra tăng trưởng hai con số',
    lead: 'Thị trường Mỹ nhập khẩu trở lại sau thời gian tồn kho cao.',
    body: 'Doanh nghiệp thu mua cá nguyên liệu giá tốt, người nuôi có lãi.\nMột số đơn vị chuyển sang nuôi xen canh lúa - tôm để có thêm gạo sạch.',
    hoursAgo: 23,
  },
  // --- tai nạn giao thông ---------------------------------------------------------------------
  {
    key: 'tai-nan-giao-thong-tet',
    title: 'Tai nạn giao thông giảm cả ba tiêu chí trong dịp Tết',
    lead: 'Số vụ, số người chết và số người bị thương đều giảm so với cùng kỳ năm trước.',
    body: 'Lực lượng cảnh sát giao thông xử lý hơn 20.000 trường hợp vi phạm nồng độ cồn.\nỦy ban An toàn giao thông quốc gia đánh giá cao ý thức người dân.',
    hoursAgo: 370,
  },
  {
    key: 'xe-khach-lat-deo',
    title: 'Xe khách lật trên đèo, 2 người tử vong',
    lead: 'Vụ tai nạn giao thông xảy ra lúc rạng sáng trên đèo Bảo Lộc, 15 hành khách bị thương.',
    body: 'Tài xế khai xe bị mất phanh khi đổ dốc.\nCông an tỉnh đang điều tra nguyên nhân.',
    hoursAgo: 295,
  },
  {
    key: 'tai-nan-lao-dong',
    title: 'Phòng chống tai nạn lao động trong ngành giao thông vận tải',
    lead: 'Hội nghị tổng kết chỉ ra nhiều công trình giao thông còn lơ là an toàn lao động.',
    body: 'Công nhân làm việc trên cao phải đeo dây bảo hộ.\nCác nhà thầu vi phạm sẽ bị đình chỉ thi công.',
    hoursAgo: 1,
  },
  {
    key: 'tai-xe-nan-nhan',
    title: 'Tài xế công nghệ giúp nạn nhân bị cướp giật giữa đêm',
    lead: 'Hành động đẹp của anh tài xế được cộng đồng mạng chia sẻ, cảnh sát giao thông trao giấy khen.',
    body: 'Anh đưa nạn nhân đến bệnh viện rồi báo công an.\nĐối tượng cướp giật đã bị bắt giữ.',
    hoursAgo: 24,
  },
  // --- Mặt trận Tổ quốc -----------------------------------------------------------------------
  {
    key: 'dai-hoi-mttq',
    title: 'Đại hội đại biểu Mặt trận Tổ quốc tỉnh lần thứ X',
    lead: 'Đại hội hiệp thương cử 75 vị vào Ủy ban Mặt trận nhiệm kỳ mới.',
    body: 'Đại hội đề ra ba khâu đột phá trong công tác dân vận.\nĐồng chí Nguyễn Văn Bình được hiệp thương giữ chức Chủ tịch.',
    hoursAgo: 365,
  },
  {
    key: 'mttq-nha-dai-doan-ket',
    title: 'Trao 20 căn nhà Đại đoàn kết cho hộ nghèo',
    lead: 'Ủy ban Mặt trận Tổ quốc huyện vận động được 1 tỷ đồng từ các nhà hảo tâm.',
    body: 'Mỗi căn nhà được hỗ trợ 50 triệu đồng.\nCác hộ nhận nhà đều có hoàn cảnh đặc biệt khó khăn.',
    hoursAgo: 265,
  },
  {
    key: 'mat-tran-vi-xuyen',
    title: 'Cựu binh kể chuyện mặt trận Vị Xuyên bảo vệ Tổ quốc',
    lead: 'Những ký ức về những năm tháng chiến đấu ác liệt nơi biên giới phía Bắc.',
    body: 'Ông Trần Văn Hùng trở lại điểm cao 1509 sau 40 năm.\nNhiều đồng đội của ông vẫn nằm lại nơi núi đá.',
    hoursAgo: 26,
  },
  {
    key: 'to-quoc-mat-tien',
    title: 'Tuổi trẻ hướng về Tổ quốc: thanh niên tình nguyện làm đẹp mặt tiền các tuyến phố',
    lead: 'Hoạt động mở đầu Tháng Thanh niên với 2.000 đoàn viên tham gia.',
    body: 'Các tuyến phố được sơn lại tường, trồng hoa.\nĐoàn trường đại học ra quân dọn dẹp các trận địa pháo xưa.',
    hoursAgo: 3,
  },
  // --- more near misses: the queries' syllables apart, or in other words -----------------------
  {
    key: 'kham-suc-khoe-mat-mo',
    title: 'Bác sĩ khuyên khám sức khỏe định kỳ, đừng đợi mắt mờ, tay run mới đi viện',
    lead: 'Nhiều bệnh mạn tính như tiểu đường, huyết áp cao diễn tiến âm thầm trong nhiều năm.',
    body: 'Người trên 40 tuổi nên xét nghiệm đường huyết mỗi năm.\nBảo hiểm y tế chi trả một phần chi phí.',
    hoursAgo: 27,
  },
  {
    key: 'ra-mat-phong-kham',
    title: 'Ra mắt phòng khám đa khoa mới tại trung tâm huyện',
    lead: 'Phòng khám có 12 chuyên khoa, tiếp nhận bệnh nhân có thẻ bảo hiểm y tế từ tuần sau.',
    body: 'Đội ngũ bác sĩ được luân phiên từ bệnh viện tỉnh.\nNgười dân không phải lên tuyến trên cho các bệnh thông thường.',
    hoursAgo: 28,
  },
  {
    key: 'xuat-khau-dien-thoai-gao-coi',
    title: 'Xuất khẩu điện thoại giảm, những doanh nghiệp gạo cội ngành điện tử lo đơn hàng',
    lead: 'Kim ngạch xuất khẩu điện thoại và linh kiện 9 tháng giảm 6% so với cùng kỳ.',
    body: 'Các doanh nghiệp gạo cội đã chuyển một phần dây chuyền sang sản phẩm mới.\nBộ Công Thương dự báo quý IV khởi sắc hơn.',
    hoursAgo: 29,
  },
  {
    key: 'tro-cap-gao-san-xuat',
    title: 'Trợ cấp 15 kg gạo mỗi khẩu cho các hộ bị thiệt hại sản xuất',
    lead: 'Gần 2.000 hộ dân ở các xã vùng trũng được nhận gạo hỗ trợ trong ba tháng giáp hạt.',
    body: 'Gạo được cấp từ nguồn dự trữ quốc gia.\nCác xã phải công khai danh sách hộ được nhận.',
    hoursAgo: 31,
  },
  {
    key: 'tai-nan-lao-dong-ban-giao',
    title: 'Thông báo kết quả điều tra vụ tai nạn lao động làm hai công nhân tử vong',
    lead: 'Nhà thầu bị xử phạt vì bàn giao mặt bằng thi công khi chưa lắp lưới an toàn.',
    body: 'Đoàn điều tra kiến nghị tạm dừng thi công cho đến khi khắc phục xong.\nGia đình các nạn nhân được hỗ trợ 200 triệu đồng.',
    hoursAgo: 32,
  },
  {
    key: 'tai-dinh-cu-nan-giai',
    title: 'Tái định cư nan giải vì chậm giao đất, chưa thông đường vào khu dân cư',
    lead: 'Hàng trăm hộ dân nhường đất cho dự án cao tốc vẫn chờ nơi ở mới.',
    body: 'Chủ đầu tư hứa hoàn thành hạ tầng trong năm nay.\nNgười dân đề nghị được nhận tiền thuê nhà tạm cư.',
    hoursAgo: 33,
  },
  {
    key: 'tran-giao-huu-quoc-te',
    title: 'Tổ chức trận giao hữu quốc tế gây quỹ vì trẻ em vùng lũ',
    lead: 'Sân vận động chật kín khán giả, nhiều gương mặt nổi tiếng của làng bóng đá góp mặt.',
    body: 'Số tiền thu được hơn 3 tỷ đồng.\nBan tổ chức chuyển toàn bộ cho các trường học bị thiệt hại.',
    hoursAgo: 34,
  },
  {
    key: 'to-dai-bieu-quoc-hoi',
    title: 'Tổ đại biểu Quốc hội tiếp xúc cử tri vùng lũ',
    lead: 'Cử tri phản ánh trận lũ lịch sử làm hỏng nhiều mặt đường, cầu treo.',
    body: 'Các đại biểu ghi nhận kiến nghị về vốn khắc phục hạ tầng.\nTỉnh cam kết sửa xong đường liên xã trước Tết.',
    hoursAgo: 35,
  },
  {
    key: 'hau-giang-tien-do',
    title: 'Hậu Giang đẩy nhanh tiến độ giải ngân vốn đầu tư công',
    lead: 'Đến cuối tháng 9, tỉnh mới giải ngân được 55% kế hoạch vốn.',
    body: 'Các chủ đầu tư chậm giải ngân sẽ bị điều chuyển vốn.\nVướng mắc chủ yếu ở khâu giải phóng mặt bằng.',
    hoursAgo: 36,
  },
  {
    key: 'giang-ho-thu-tien',
    title: 'Bắt nhóm giang hồ cho vay nặng lãi, thu tiền bảo kê chợ đầu mối',
    lead: 'Công an thu giữ nhiều sổ sách ghi chép các khoản vay với lãi suất hơn 300% một năm.',
    body: 'Nhiều tiểu thương bị đe dọa khi chậm trả.\nVụ án đang được mở rộng điều tra.',
    hoursAgo: 37,
  },
  {
    key: 'can-can-thuong-mai',
    title: 'Cán cân thương mại xuất siêu 20 tỷ USD, Bộ Tài chính lạc quan về thu ngân sách',
    lead: 'Xuất siêu giúp ổn định tỷ giá và dự trữ ngoại hối.',
    body: 'Thu ngân sách từ hoạt động xuất nhập khẩu tăng 12%.\nCác chuyên gia cảnh báo rủi ro từ thị trường thế giới.',
    hoursAgo: 38,
  },
  {
    key: 'bao-tang-so-hoa',
    title: 'Bảo tàng tỉnh số hóa 3 bộ sưu tập cổ vật',
    lead: 'Người xem có thể tham quan trực tuyến hàng nghìn hiện vật bằng điện thoại.',
    body: 'Dự án do các chuyên gia bảo tàng trong nước hỗ trợ.\nBảo tàng dự kiến số hóa toàn bộ hiện vật trong ba năm.',
    hoursAgo: 39,
  },
  {
    key: 'xang-gia',
    title: 'Bắt quả tang cây xăng bán xăng giả, niêm yết giá rẻ hơn thị trường',
    lead: 'Hàng chục nghìn lít xăng kém chất lượng bị tạm giữ.',
    body: 'Chủ cửa hàng khai mua xăng trôi nổi không có hóa đơn.\nNgười dân nên đổ xăng ở cửa hàng của các đầu mối lớn.',
    hoursAgo: 40,
  },
  {
    key: 'tham-gia-chay-cay-xang',
    title: 'Thanh niên tham gia diễn tập phòng cháy tại cây xăng',
    lead: 'Buổi diễn tập giả định đám cháy lớn tại cửa hàng xăng dầu trên quốc lộ.',
    body: 'Lực lượng cứu hỏa tiếp cận hiện trường trong 7 phút.\nNgười bán hàng được hướng dẫn dùng bình chữa cháy.',
    hoursAgo: 41,
  },
  {
    key: 'hoc-vien-tuyen-sinh',
    title: 'Học viện Nông nghiệp tuyển sinh 8.000 chỉ tiêu',
    lead: 'Năm nay học viện mở thêm ba ngành mới về công nghệ sinh học và nông nghiệp số.',
    body: 'Thí sinh có thể xét tuyển bằng học bạ.\nHọc phí được giữ nguyên như năm trước.',
    hoursAgo: 42,
  },
  {
    key: 'da-lat-via-he',
    title: 'Hà Nội lát lại vỉa hè 20 tuyến phố trước Tết',
    lead: 'Những tuyến phố đã xuống cấp được thay đá tự nhiên, bền hơn gạch block.',
    body: 'Đá lát vỉa hè dày 6 cm, chịu được xe máy đi qua.\nCác đơn vị thi công phải hoàn trả mặt bằng trong ngày.',
    hoursAgo: 3,
  },
  {
    key: 'lat-sau-nuoc-rut',
    title: 'Mưa như trút nước, một lát sau các tuyến phố đã ngập sâu',
    lead: 'Trận mưa kéo dài hơn một giờ khiến nhiều phương tiện chết máy giữa đường.',
    body: 'Công ty thoát nước huy động 300 công nhân ứng trực.\nĐến tối, nước đã rút ở phần lớn các tuyến phố.',
    hoursAgo: 2,
  },
  // --- a few stories about other things ------------------------------------------------------
  {
    key: 'hoi-nghi-nong-dan',
    title: 'Hội Nông dân tỉnh tổng kết phong trào sản xuất giỏi',
    lead: 'Hơn 5.000 hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp.',
    body: 'Nhiều mô hình cho thu nhập trên một tỷ đồng mỗi năm.\nHội sẽ tiếp tục hỗ trợ vốn vay cho hội viên.',
    hoursAgo: 100,
  },
  {
    key: 'mua-lu-mien-trung',
    title: 'Mưa lớn ở miền Trung, nhiều tuyến đường bị chia cắt',
    lead: 'Lượng mưa ở Quảng Trị, Thừa Thiên Huế vượt 300 mm trong 24 giờ.',
    body: 'Các địa phương sơ tán người dân vùng trũng.\nNhiều trường cho nghỉ học để bảo đảm an toàn.',
    hoursAgo: 50,
  },
];

export const relevanceQueries: RelevanceQuery[] = [
  // The example: the meeting stories, the title's first, before stories holding hợp … mặt.
  { q: 'họp mặt', relevant: [['hop-mat-huu-tri', 'hop-mat-dong-huong', 'hop-mat-cuu-hoc-sinh'], ['hop-mat-cuu-chien-binh']] },
  { q: 'hop mat', relevant: [['hop-mat-huu-tri', 'hop-mat-dong-huong', 'hop-mat-cuu-hoc-sinh', 'hop-mat-cuu-chien-binh']] },
  { q: 'cán bộ', relevant: [['can-bo-nguon', 'can-bo-nhung-nhieu', 'hop-mat-huu-tri']] },
  { q: 'can bo', relevant: [['can-bo-nguon', 'can-bo-nhung-nhieu', 'hop-mat-huu-tri']] },
  { q: 'đà nẵng', relevant: [['da-nang-du-khach', 'da-nang-phao-hoa'], ['mien-trung-bien']] },
  { q: 'da nang', relevant: [['da-nang-du-khach', 'da-nang-phao-hoa', 'mien-trung-bien']] },
  { q: 'tiền giang', relevant: [['tien-giang-sau-rieng', 'cau-rach-mieu'], ['dbscl-han-man']] },
  { q: 'tien giang', relevant: [['tien-giang-sau-rieng', 'cau-rach-mieu', 'dbscl-han-man']] },
  { q: 'bão số 3', relevant: [['bao-so-3-do-bo', 'bao-so-3-dien'], ['ho-tro-vung-lu']] },
  { q: 'bao so 3', relevant: [['bao-so-3-do-bo', 'bao-so-3-dien', 'ho-tro-vung-lu']] },
  { q: 'giá xăng', relevant: [['gia-xang-giam', 'gia-xang-dau-ron95'], ['cpi-thang-10']] },
  { q: 'gia xang', relevant: [['gia-xang-giam', 'gia-xang-dau-ron95', 'cpi-thang-10']] },
  { q: 'khám mắt', relevant: [['kham-mat-hoc-sinh', 'benh-vien-mat']] },
  { q: 'kham mat', relevant: [['kham-mat-hoc-sinh', 'benh-vien-mat']] },
  { q: 'học sinh', relevant: [['hoc-sinh-tro-lai-truong', 'hoc-bong-hoc-sinh-ngheo', 'kham-mat-hoc-sinh', 'hop-mat-cuu-hoc-sinh']] },
  { q: 'hoc sinh', relevant: [['hoc-sinh-tro-lai-truong', 'hoc-bong-hoc-sinh-ngheo', 'kham-mat-hoc-sinh', 'hop-mat-cuu-hoc-sinh']] },
  { q: 'xuất khẩu gạo', relevant: [['xuat-khau-gao-10-thang', 'doanh-nghiep-gao-chau-phi']] },
  { q: 'xuat khau gao', relevant: [['xuat-khau-gao-10-thang', 'doanh-nghiep-gao-chau-phi']] },
  { q: 'tai nạn giao thông', relevant: [['tai-nan-giao-thong-tet', 'xe-khach-lat-deo']] },
  { q: 'tai nan giao thong', relevant: [['tai-nan-giao-thong-tet', 'xe-khach-lat-deo']] },
  // The reader's diacritics tell "báo số" (a newspaper going digital) from "bão số" (a storm).
  { q: 'báo số', relevant: [['bao-so-hoa']] },
  // "Đá lát vỉa hè" folds to the same syllables side by side: after the exact Đà Lạt, and after
  // them unaccented too, being only in the body.
  { q: 'đà lạt', relevant: [['da-lat-nang-am', 'da-lat-hong-treo-gio']] },
  { q: 'da lat', relevant: [['da-lat-nang-am', 'da-lat-hong-treo-gio']] },
  { q: 'mặt trận tổ quốc', relevant: [['dai-hoi-mttq', 'mttq-nha-dai-doan-ket']] },
  { q: 'mat tran to quoc', relevant: [['dai-hoi-mttq', 'mttq-nha-dai-doan-ket']] },
];

/**
 * Precision at 5: the share of relevant stories among the first five results. A query with fewer
 * relevant stories (say two) is scored on as many first results (the first two), so that a perfect
 * ranking scores 1 and a near miss above a relevant story always costs.
 */
export function precisionAt5(foundKeys: string[], relevant: string[][]): number {
  const wanted = new Set(relevant.flat());
  const n = Math.min(5, wanted.size);
  return foundKeys.slice(0, n).filter((k) => wanted.has(k)).length / n;
}

/** Whether every story of a tier comes before every story of the next one (absent ones last). */
export function tiersInOrder(foundKeys: string[], relevant: string[][]): boolean {
  const at = (k: string) => (foundKeys.includes(k) ? foundKeys.indexOf(k) : Infinity);
  return relevant.every((tier, i) => i === 0 || tier.every((k) => relevant[i - 1].every((before) => at(before) < at(k))));
}

/**
 * Publishes the set's stories straight into `sectionId` (no review round: only their words and
 * times matter here), `hoursAgo` before `now`. Slugs carry `suffix`, so that the set can be loaded
 * into a database shared with other tests. Returns story id → key.
 */
export async function loadRelevanceSet(db: Database, { sectionId, authorId, now, suffix }: { sectionId: number; authorId: number; now: Date; suffix: string }) {
  const rows = relevanceStories.map((s) => {
    const body = plainToDoc(s.body);
    const publishedAt = new Date(now.getTime() - s.hoursAgo * 3_600_000);
    return {
      slug: `${slugify(s.title)}-${suffix}`,
      title: s.title,
      lead: s.lead,
      body,
      bodyHtml: renderRichText(body),
      bodyText: richTextToPlain(body),
      credit: 'Tin: Minh Anh',
      sectionId,
      authorId,
      status: 'published' as const,
      publishAt: publishedAt,
      publishedAt,
      createdAt: publishedAt,
      updatedAt: publishedAt,
    };
  });
  const inserted = await db.insert(articles).values(rows).returning({ id: articles.id, slug: articles.slug });
  const keyBySlug = new Map(rows.map((r, i) => [r.slug, relevanceStories[i].key]));
  return new Map(inserted.map((r) => [r.id, keyBySlug.get(r.slug)!]));
}

export type RelevanceResult = { q: string; found: string[]; precision: number; inOrder: boolean };

/**
 * Loads the set into the database `getDb()` answers with (a section and an author of its own),
 * runs every query within that section and scores the first page of each.
 */
export async function measureRelevance(): Promise<{ results: RelevanceResult[]; mean: number }> {
  const db = await getDb();
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const [section] = await db.insert(sections).values({ slug: `do-lien-quan-${suffix}`, name: `Độ liên quan ${suffix}` }).returning();
  const [author] = await db
    .insert(users)
    .values({ email: `do-lien-quan-${suffix}@toasoan.test`, name: 'Người thử tìm kiếm', role: 'reporter', passwordHash: '-' })
    .returning();
  const keys = await loadRelevanceSet(db, { sectionId: section.id, authorId: author.id, now: new Date(), suffix });
  const results: RelevanceResult[] = [];
  for (const { q, relevant } of relevanceQueries) {
    const { items } = await searchArticles({ q, section: section.slug, page: 1 });
    const found = items.map((hit) => keys.get(hit.id) ?? `?${hit.id}`);
    results.push({ q, found, precision: precisionAt5(found, relevant), inOrder: tiersInOrder(found, relevant) });
  }
  return { results, mean: results.reduce((sum, r) => sum + r.precision, 0) / results.length };
}
