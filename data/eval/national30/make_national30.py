"""Write the thirtieth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Sinjai"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national17/make_national17.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::
    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the repository root (standard library only)::

    python3 data/eval/national30/make_national30.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20321030
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "33.15": ("Kabupaten Grobogan", -7.11764, 110.92718),
    "33.19": ("Kabupaten Kudus", -6.79026, 110.86991),
    "33.21": ("Kabupaten Demak", -6.91077, 110.634),
    "33.16": ("Kabupaten Blora", -7.07444, 111.38744),
    "33.18": ("Kabupaten Pati", -6.74333, 111.04228),
    "33.14": ("Kabupaten Sragen", -7.38534, 110.97414),
    "33.74": ("Kota Semarang", -7.0239, 110.39152),
    "35.21": ("Kabupaten Ngawi", -7.43882, 111.34341),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "14.04": ("Kabupaten Indragiri Hilir", -0.23344, 103.16381),
    "14.02": ("Kabupaten Indragiri Hulu", -0.54143, 102.33189),
    "14.05": ("Kabupaten Pelalawan", 0.21751, 102.28039),
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "15.06": ("Kabupaten Tanjung Jabung Barat", -1.07129, 103.11457),
    "21.71": ("Kota Batam", 0.963, 104.06356),
    "73.07": ("Kabupaten Sinjai", -5.20928, 120.13542),
    "73.02": ("Kabupaten Bulukumba", -5.43145, 120.23433),
    "73.06": ("Kabupaten Gowa", -5.3089, 119.71872),
    "73.08": ("Kabupaten Bone", -4.69499, 120.13005),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "74.71": ("Kota Kendari", -3.99771, 122.53288),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "14": "Riau",
    "15": "Jambi",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "35": "Jawa Timur",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "14": ["RIAU", "PROV. RIAU", "PROVINSI RIAU"],
    "15": ["JAMBI", "PROV. JAMBI"],
    "21": ["KEPULAUAN RIAU", "KEPRI", "KEP. RIAU"],
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG", "PROV. JAWA TENGAH", "PROVINSI JAWA TENGAH"],
    "35": ["JAWA TIMUR", "JATIM"],
    "73": ["SULAWESI SELATAN", "SULSEL", "PROV. SULSEL", "PROVINSI SULAWESI SELATAN"],
    "74": ["SULAWESI TENGGARA", "SULTRA"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "33.15": [
        "!",
        "KAB. GROBOGAN",
        "GROBOGAN",
        "KAB GROBOGAN",
        "KAB. GROBOGAN (PURWODADI)",
        "PURWODADI",
        "PURWODADI GROBOGAN",
    ],
    "33.19": ["KUDUS"],
    "33.21": ["DEMAK", "KAB. DEMAK"],
    "33.16": ["BLORA"],
    "33.18": ["PATI", "KAB. PATI"],
    "33.14": ["SRAGEN"],
    "33.74": ["SEMARANG", "KODYA SEMARANG"],
    "35.21": ["NGAWI"],
    "35.78": ["SURABAYA"],
    "14.04": [
        "!",
        "KAB. INDRAGIRI HILIR",
        "INDRAGIRI HILIR",
        "INHIL",
        "KAB. INHIL (TEMBILAHAN)",
        "TEMBILAHAN",
        "INDRAGIRI HILIR (TEMBILAHAN)",
    ],
    "14.02": ["INHU", "INDRAGIRI HULU", "KAB. INHU (RENGAT)"],
    "14.05": ["PELALAWAN"],
    "14.71": ["PEKANBARU"],
    "15.06": ["TANJAB BARAT", "TANJUNG JABUNG BARAT", "KAB. TANJABBAR (KUALA TUNGKAL)"],
    "21.71": ["BATAM"],
    "73.07": [
        "!",
        "KAB. SINJAI",
        "SINJAI",
        "KAB SINJAI",
        "KAB. SINJAI (BALANGNIPA)",
        "BALANGNIPA",
    ],
    "73.02": ["BULUKUMBA"],
    "73.06": ["GOWA", "KAB. GOWA (SUNGGUMINASA)"],
    "73.08": ["BONE", "WATAMPONE", "KAB. BONE (WATAMPONE)"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR"],
    "74.71": ["KENDARI"],
}

KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": ["peserta kursus dan tempat magang untuk peserta", "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Jawa Tengah: Kabupaten Grobogan (33.15)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_grobogan",
        "GRB",
        "Tawaran Gotong Royong Mitra",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Grobogan | 33.15 | p=pelatihan berbasis kompetensi di UPTD BLK Purwodadi: las listrik, servis sepeda motor, menjahit {64} | h=bursa kerja dan layanan antarkerja lokal {150}
dinas g | Dinas Pertanian Kabupaten Grobogan | 33.15 | t=teknisi brigade alsintan dan penyuluh bisa menjadi narasumber perawatan traktor tangan dan combine harvester {3} | s=bengkel UPJA brigade alsintan di Purwodadi bisa dipakai praktik terjadwal {1}
dinas g | Dinas Koperasi dan UKM Kabupaten Grobogan | 33.15 | d=dana bergulir bagi koperasi dan KUB binaan, maks Rp 20 jt per kelompok, jasa 3 % {Rp 300.000.000} | p=pendampingan PIRT, sertifikat halal gratis dan label kemasan {40}
dinas g | Dinas Perdagangan Kabupaten Grobogan | 33.15 | h=temu bisnis UMKM dengan toko modern dan pengisian gerai UMKM di Pasar Induk Purwodadi {25:produk}
dinas g | Dinas Perindustrian Kabupaten Grobogan (Bidang IKM) | 33.15 | s=pinjam pakai mesin spinner peniris minyak, perajang dan hand sealer bagi IKM pangan binaan lewat proposal {5} | p=bimtek diversifikasi olahan jagung dan kedelai {30}
dinas g | Dinas Sosial Kabupaten Grobogan | 33.15 | d=bantuan usaha KUBE bagi keluarga miskin terdaftar DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi penyandang disabilitas {20}
dinas g | Dinas Pendidikan dan Kebudayaan Kabupaten Grobogan (Bidang PNF) | 33.15 | p=bantuan penyelenggaraan kursus kecakapan hidup bagi PKBM dan LKP terakreditasi {60} | t=penilik PNF {2}
dinas g | Dinas Pariwisata Kabupaten Grobogan | 33.15 | h=stan oleh-oleh UMKM di kawasan Bledug Kuwu dan Api Abadi Mrapen saat libur panjang {20:produk} | p=pelatihan pokdarwis {25}
blk g | UPTD BLK Kabupaten Grobogan | 33.15 | t=instruktur las dan otomotif sepeda motor {3} | p=pelatihan las SMAW dan servis sepeda motor 240 JP {32} | s=workshop las bisa dipinjam di luar jadwal {1}
donor m | BAZNAS Kabupaten Grobogan | 33.15 | d=zakat produktif berupa modal usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Jateng Cabang Purwodadi | 33.15 | d=KUR mikro dan kredit Mitra Jateng sampai Rp 25 jt per debitur {Rp 3 M}
donor s | CSR Pabrik Semen Sukolilo (Kabupaten Pati) | 33.18 | d=bantuan modal dan alat usaha hanya untuk desa ring 1 di Kecamatan Sukolilo dan Kayen, Pati {Rp 500.000.000}
donor s | TJSL Lapangan Gas Gundih | 33.15 | d=modal usaha kelompok perempuan di desa ring 1 Kecamatan Kedungjati dan Tanggungharjo {Rp 150.000.000} | s=bantuan peralatan produksi bagi kelompok ring 1 {6}
donor m | LAZ Baitul Maal Purwodadi Sejahtera | 33.15 | d=qardhul hasan bagi pedagang kecil Pasar Induk Purwodadi dan Pasar Godong, maks Rp 2 jt per orang {Rp 50.000.000}
dudi s | Perum Perhutani KPH Purwodadi | 33.15 | d=dana kemitraan bagi Lembaga Masyarakat Desa Hutan (LMDH) di wilayah KPH {Rp 250.000.000}
donor s | Program Hibah Peralatan UMKM Pangan Nusantara (seleksi nasional) | 31.74 | s=hibah spinner, vacuum frying dan sealer bagi kelompok UMKM pangan seluruh Indonesia, seleksi proposal {4}
dudi s | Toko Alat Usaha dan Mesin Pangan Sumber Makmur Purwodadi | 33.15 | s=jual spinner peniris, mesin perajang dan sealer, bisa kredit 10 bulan
dudi s | UD Tani Jaya Wirosari (pengepul jagung pipil) | 33.15 | h=menjual jagung pipilan kering ke peternak, pabrik pakan dan pembuat olahan jagung {20:ton/minggu}
dudi s | Pusat Oleh-oleh Khas Grobogan Jl. R. Suprapto Purwodadi | 33.15 | h=membeli putus marning jagung, emping jagung, kerupuk gendar dan keripik tempe dari produsen rumahan ber-PIRT {600:bungkus/bulan}
dudi s | Toko Oleh-oleh Swike dan Jenang Purwodadi | 33.15 | h=titip jual makanan ringan khas Grobogan, bagi hasil 20 % {30:produk}
dudi s | Swalayan Mitra Purwodadi | 33.15 | h=konsinyasi produk UMKM berlabel halal, PIRT dan barcode {40:produk}
dudi s | Reseller Camilan Grobogan (marketplace) | 33.15 | h=ambil putus camilan jagung dan keripik untuk dijual online {250:bungkus/bulan}
dudi s | Pabrik Pakan Ternak CV Ngudi Rejeki Godong | 33.15 | h=membeli jagung pipil kering kadar air 17 % dari petani dan kelompok tani {50:ton/minggu}
dudi s | CV Karya Tani Purwodadi (dealer traktor dan combine harvester) | 33.15 | p=magang mekanik di bengkel servis alsintan 3 bulan, uang makan {4} | h=rekrut mekanik lapangan alsintan {3}
dudi s | Bengkel Las dan Alsintan Sumber Teknik Toroh | 33.15 | p=menerima magang pembuatan dan perbaikan mesin perontok, pemipil jagung dan pompa air {3} | s=jual mesin pemipil jagung buatan sendiri
dudi s | Bengkel Mobil dan Truk Purwodadi Motor | 33.15 | p=magang mekanik mobil dan truk {2}
dudi s | Penggilingan Padi PB Sri Tani Penawangan | 33.15 | p=magang operator dan perawatan mesin penggilingan padi {2} | h=menerima operator mesin {2}
dudi s | Mebel Jati Sumber Rejeki Wirosari | 33.15 | p=magang tukang ukir dan finishing mebel jati {4} | h=rekrut tukang kayu {3}
dudi s | Kafe dan Resto Waduk Kedung Ombo Geyer | 33.15 | h=memesan camilan jagung dan keripik untuk menu dan etalase kafe {80:bungkus/bulan}
smk m | SMK Negeri 1 Tawangharjo (Agribisnis Tanaman Pangan dan Alat Mesin Pertanian) | 33.15 | t=guru produktif alat mesin pertanian bisa mengajar di lembaga mitra sore hari {1} | s=bengkel alsintan sekolah dipinjamkan saat libur {1}
smk m | SMK Muhammadiyah Gubug (Tata Boga) | 33.15 | s=dapur praktik dan oven bisa dipakai kelompok masyarakat terjadwal {1} | p=siswa PKL yang mencari tempat praktik {30}
lkp m | LPK Mekar Tani Purwodadi (mekanik alsintan) | 33.15 | p=kursus mekanik alsintan berbayar, magang hanya bagi peserta kursus sendiri {12} | t=instruktur mekanik traktor, hanya mengajar di lembaga sendiri {2}
pkbm m | PKBM Cahaya Ilmu Toroh | 33.15 | p=warga belajar paket C mencari tempat magang {20} | t=tutor kesetaraan {3}
pkbm m | PKBM Sekar Jagad Wirosari | 33.15 | h=warung PKBM menjual hasil kelompok belajar usaha {15:produk}
perguruan_tinggi m | Politeknik Pertanian Grobogan (Prodi Mekanisasi Pertanian) | 33.15 | t=dosen mekanisasi pertanian pendamping pelatihan perbaikan traktor {2} | p=praktik kerja di bengkel teaching factory kampus bagi peserta lembaga mitra {10}
perguruan_tinggi m | Universitas Diponegoro (KKN Tematik Grobogan) | 33.74 | t=mahasiswa KKN pendamping kemasan dan pemasaran digital UMKM {8} | p=pelatihan branding produk {30}
ormas m | TP PKK Kabupaten Grobogan | 33.15 | p=kader PKK penggerak {40} | h=bazar UMKM saat Car Free Day Alun-alun Purwodadi tiap Minggu {20:produk}
ormas m | Dekranasda Kabupaten Grobogan | 33.15 | h=galeri produk unggulan daerah di Purwodadi dan kurasi untuk pameran {30:produk}
ormas m | Paguyuban Petani Jagung Grobogan | 33.15 | h=memasarkan jagung pipil anggota ke pabrik pakan secara bersama {100:ton/bulan}
tokoh_masyarakat m | Pak Sutrisno (mekanik combine harvester senior, Gabus) | 33.15 | t=mau mengajar perbaikan mesin combine dan traktor di BLK Komunitas dua kali seminggu {1}
tokoh_masyarakat m | Mbok Darmi (pembuat emping jagung senior, Tawangharjo) | 33.15 | t=mau mengajari membuat emping jagung yang renyah {1}
bumdes m | BUMDes Kuwu Makmur (Bledug Kuwu, Kradenan) | 33.15 | h=kios oleh-oleh di objek wisata Bledug Kuwu, hanya olahan warga Desa Kuwu {30:produk}
bumdes m | BUMDes Ngudi Makmur Desa Depok (Toroh) | 33.15 | s=rumah produksi dengan spinner BUMDes bisa disewa warga {1} | h=gerai BUMDes menerima titipan olahan warga Kecamatan Toroh {25:produk}
dudi s | Toko Oleh-oleh Marning Bu Tin Purwodadi | 33.15 tidak | h=membeli marning dan emping jagung dari kelompok rumahan {500:bungkus/bulan}
dudi s | Bengkel Alsintan Tani Maju Gabus | 33.15 tidak | p=magang perbaikan traktor tangan dan combine {3}
dudi s | Warung Oleh-oleh Kuwu | 33.15 x | h=bisa titip
ormas m | Kelompok Tani Sido Dadi | 33.15 x | p=pelatihan
dudi s | Pusat Oleh-oleh Jenang Kudus | 33.19 | h=titip jual jenang, camilan dan oleh-oleh khas Pantura {40:produk}
dudi s | Dealer dan Bengkel Combine Demak Tani Makmur | 33.21 | p=magang mekanik combine harvester 2 bulan, mess disediakan {3}
dudi s | PT Agro Mesin Nusantara Semarang (pabrik alsintan) | 33.74 | p=magang perakitan mesin pertanian 6 bulan bagi lulusan SMK dan BLK se-Jawa Tengah {10} | h=rekrut operator produksi {15}
dinas g | Disnakertrans Provinsi Jawa Tengah (BLK Semarang) | 33.74 | p=pelatihan berasrama mekanik alat berat dan alsintan di BLK provinsi {16} | t=instruktur mesin pertanian {2}
dudi s | Toko Oleh-oleh Sate dan Jati Blora | 33.16 | h=menjual kerajinan jati dan makanan khas Blora {30:produk}
dudi s | UD Sumber Rasa Ngawi (pengepul camilan) | 35.21 | h=mengambil marning jagung dan keripik dari produsen Grobogan dan Ngawi untuk toko di Jawa Timur {400:bungkus/bulan}
dudi s | Toko Daring Camilan Nusantara Jakarta | 31.74 | h=membeli camilan jagung dari Jawa Tengah tiap bulan, dikirim ekspedisi {300:bungkus/bulan}
dudi s | Bengkel Las Alsintan Sragen | 33.14 | p=magang perbaikan mesin perontok dan pompa air {2}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Riau: Kabupaten Indragiri Hilir (14.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_indragiri_hilir",
        "INH",
        "Yang Sanggup Kami Berikan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Indragiri Hilir | 14.04 | p=pelatihan kerja di UPT BLK Tembilahan: las, menjahit, pengolahan hasil perikanan {48} | h=bursa kerja dan penyaluran ke perusahaan perkebunan {100}
dinas g | Dinas Perkebunan Kabupaten Indragiri Hilir | 14.04 | s=bantuan alat pengolahan kelapa terpadu (mesin parut, pemeras santan, pengering kopra) bagi kelompok tani terdaftar lewat proposal {4} | t=penyuluh perkebunan kelapa {3}
dinas g | Dinas Koperasi dan UKM Kabupaten Indragiri Hilir | 14.04 | d=dana bergulir bagi koperasi dan kelompok usaha binaan, maks Rp 50 jt per kelompok, jasa 3 % setahun {Rp 500.000.000} | p=pendampingan izin PIRT, sertifikat halal dan kemasan {40}
dinas g | Dinas Perikanan Kabupaten Indragiri Hilir | 14.04 | t=penyuluh perikanan bidang pengolahan hasil bisa melatih kelompok di desa pesisir {2} | s=bantuan peralatan pengolahan ikan bagi POKLAHSAR terdaftar {5}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Indragiri Hilir | 14.04 | p=bimtek diversifikasi produk kelapa: VCO, nata de coco, gula semut {30} | h=fasilitasi pameran produk IKM di Riau Expo {20:produk}
dinas g | Dinas Sosial Kabupaten Indragiri Hilir | 14.04 | d=bantuan KUBE bagi keluarga penerima PKH yang terdaftar di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan Kabupaten Indragiri Hilir (Bidang PAUD dan PNF) | 14.04 | p=BOP kesetaraan dan dana PKW hanya bagi PKBM dan LKP terakreditasi {50} | t=penilik PNF {2}
blk g | UPT BLK Tembilahan | 14.04 | t=instruktur pengolahan hasil perikanan dan tata boga {2} | p=pelatihan pengolahan hasil perikanan 160 JP {16} | s=dapur praktik bisa dipinjam kelompok di luar jadwal {1}
blk g | BLK Komunitas Pondok Pesantren Nurul Huda Tembilahan (kejuruan las) | 14.04 | t=instruktur las {1} | s=bengkel las {1}
donor m | BAZNAS Kabupaten Indragiri Hilir | 14.04 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor s | Bank Riau Kepri Syariah Cabang Tembilahan | 14.04 | d=KUR syariah sampai Rp 50 jt per usaha {Rp 2 M}
donor s | CSR PT Kelapa Samudera Indonesia (pabrik kelapa terpadu Sungai Guntung) | 14.04 | d=bantuan modal dan alat bagi petani plasma dan desa ring 1 di Kecamatan Kateman dan Mandah {Rp 750.000.000} | p=pelatihan budidaya kelapa hibrida bagi petani plasma {60}
donor s | CSR PT Pulp Kerinci Lestari | 14.05 | d=hibah modal UMKM hanya untuk desa ring 1 di Kecamatan Pangkalan Kerinci, Pelalawan {Rp 1 M}
donor m | LAZ Riau Peduli Tembilahan | 14.04 | d=qardhul hasan bagi pedagang Pasar Rakyat Tembilahan, maks Rp 3 jt per orang {Rp 60.000.000}
donor s | Dana Hibah Kelompok Perempuan Pesisir dan Perkebunan (seleksi nasional) | 31.74 | d=hibah modal usaha Rp 25-50 jt bagi kelompok perempuan pengolah hasil pesisir dan perkebunan se-Indonesia, seleksi proposal {Rp 500.000.000}
dudi s | Toko Mesin dan Alat Pertanian Sinar Tembilahan | 14.04 | s=jual mesin parut kelapa, pemeras santan dan wajan gula, bisa cicilan 6 bulan
dudi s | UD Hamparan Jaya (pengepul kopra dan kelapa bulat) | 14.04 | h=membeli kelapa bulat dan kopra dari petani {30:ton/minggu}
dudi s | CV Tembilahan Segar (pabrik nata de coco) | 14.04 | h=membeli air kelapa tua dari kelompok {5:ton/minggu} | p=magang produksi nata de coco {3}
dudi s | Kerupuk Udang Cap Tiga Ikan Kuala Enok | 14.04 | p=magang pengolahan kerupuk udang bagi warga belajar 1 bulan {5} | t=pemilik mau mengajar resep kerupuk udang di PKBM {1}
dudi s | Pengolahan Terasi dan Ikan Asin Concong | 14.04 | p=menerima magang pengolahan terasi dan ikan asin {4}
dudi s | PT Enok Bahari (pabrik es dan ruang pendingin) | 14.04 | s=sewa ruang pendingin dan es balok {10:ton}
dudi s | Pusat Oleh-oleh Tembilahan dekat Pelabuhan Parit 21 | 14.04 | h=membeli putus kerupuk udang, amplang, gula kelapa dan VCO kemasan {500:bungkus/bulan}
dudi s | Supermarket Tembilahan Jaya | 14.04 | h=konsinyasi produk UMKM ber-PIRT dan halal {30:produk}
dudi s | Rumah Makan Pondok Selera Tembilahan | 14.04 | p=PKL siswa tata boga {3} | t=juru masak bisa mengisi pelatihan masakan ikan {1}
dudi s | PT Bumi Reteh Lestari (kebun kelapa sawit) | 14.04 | h=rekrut pemanen dan pekerja kebun {40} | d=sumbangan pendidikan bagi sekolah di sekitar kebun Reteh {Rp 50.000.000}
dudi s | Gula Kelapa dan Gula Semut Manis Inhil | 14.04 | p=magang pembuatan gula semut kelapa {4} | h=membeli gula kelapa cetak dari petani {2:ton/bulan} | s=oven pengering gula semut dipinjamkan kepada kelompok pemasok {1}
dudi s | UD Udang Galah Indragiri (pengumpul udang) | 14.04 | h=membeli udang galah dan udang laut segar dari nelayan {2:ton/minggu}
koperasi m | Koperasi Produsen Kelapa Rakyat Inhil | 14.04 | d=pinjaman modal khusus anggota koperasi {Rp 150.000.000} | s=mesin pengolah VCO koperasi bisa dipakai anggota {2}
smk m | SMK Negeri 1 Tembilahan (Agribisnis Pengolahan Hasil Pertanian) | 14.04 | s=laboratorium pengolahan hasil pertanian dengan mesin parut dan press santan bisa dipakai kelompok masyarakat hari Sabtu {1} | t=guru produktif pengolahan hasil kelapa {1}
smk m | SMK Negeri Kelautan dan Perikanan Tanah Merah | 14.04 | t=guru produktif pengolahan hasil perikanan bisa mengajar di PKBM sore hari {1} | s=ruang praktik pengolahan ikan dipinjamkan saat libur {1}
lkp m | LKP Tata Boga Sri Indragiri | 14.04 | p=kursus tata boga dan kue berbayar {20} | t=instruktur tata boga, hanya mengajar di lembaga sendiri {2}
pkbm m | PKBM Mandah Bersatu | 14.04 | p=warga belajar paket B yang mencari tempat praktik {20}
pkbm m | PKBM Al-Hikmah Tembilahan | 14.04 | t=tutor kesetaraan paket C {2}
perguruan_tinggi m | Universitas Islam Indragiri (Fakultas Pertanian) | 14.04 | t=dosen teknologi pangan pendamping pengolahan VCO dan uji mutu {2} | p=pelatihan keamanan pangan dan pengurusan PIRT bagi UMKM binaan {25}
perguruan_tinggi m | Universitas Riau (KKN Tematik Pesisir) | 14.71 | t=mahasiswa KKN pendamping pengolahan hasil laut di desa pesisir Indragiri Hilir, penerjunan tiap Juli {8}
ormas m | TP PKK Kabupaten Indragiri Hilir | 14.04 | p=kader PKK penggerak {40} | h=bazar UMKM saat Hari Jadi Inhil {20:produk}
ormas m | Dekranasda Kabupaten Indragiri Hilir | 14.04 | h=galeri produk unggulan di Tembilahan {30:produk} | p=pelatihan desain kemasan produk UMKM {20}
ormas m | HNSI DPC Indragiri Hilir | 14.04 | p=menggerakkan istri nelayan ikut pelatihan {30}
ormas m | Paguyuban Petani Kelapa Hamparan Indragiri | 14.04 | t=petani senior pembuat gula kelapa mau melatih {2} | h=pemasaran bersama kopra anggota {50:ton/bulan}
tokoh_masyarakat m | H. Daeng Mappe (tokoh nelayan Bugis Kuala Enok) | 14.04 | p=menggerakkan warga dan istri nelayan ikut program, rumahnya bisa dipakai kegiatan {1}
tokoh_masyarakat m | Bu Hj. Rahmah (pembuat kerupuk ikan senior Tembilahan) | 14.04 | t=mau mengajarkan pembuatan kerupuk ikan dan amplang di PKBM seminggu sekali {1}
bumdes m | BUMDes Pekan Arba Sejahtera (Tembilahan) | 14.04 | s=rumah produksi dengan mesin parut dan pemeras santan bisa dipakai kelompok di Desa Pekan Arba {1} | d=penyertaan modal usaha bagi kelompok warga Desa Pekan Arba {Rp 30.000.000}
bumdes m | BUMDes Kuala Enok Mandiri | 14.04 | s=ruang pengolahan ikan dan freezer BUMDes, hanya untuk warga Kuala Enok {1}
donor m | Yayasan Kelapa Lestari Inhil | 14.04 tidak | d=hibah modal bagi kelompok perempuan pengolah kelapa {Rp 100.000.000}
lkp m | LKP Olahan Ikan Bunda Tembilahan | 14.04 tidak | t=instruktur pengolahan ikan dan kerupuk {2}
dudi s | Toko Kelontong Parit 6 | 14.04 x | h=bisa titip
donor m | Yayasan Peduli Inhil | 14.04 x | d=bantuan
dinas g | Disnakertrans Provinsi Riau (UPT BLK Pekanbaru) | 14.71 | p=pelatihan berasrama pengolahan hasil perikanan dan tata boga di BLK Pekanbaru {16} | t=instruktur pengolahan hasil perikanan {2}
dinas g | Dinas Koperasi dan UKM Provinsi Riau | 14.71 | d=dana bergulir provinsi bagi koperasi dan KUB se-Riau, seleksi proposal, maks Rp 50 jt {Rp 1 M}
dinas g | Dinas Perkebunan Provinsi Riau | 14.71 | s=bantuan mesin pengolahan kelapa bagi kelompok tani se-Riau lewat proposal {6}
dudi s | Agen Mesin Pengolah Pangan Teknik Mandiri Pekanbaru | 14.71 | s=jual mesin VCO, sentrifugal dan pengemas, bisa dikirim ke Tembilahan
dudi s | Jambi Kelapa Murni Kuala Tungkal (pabrik VCO) | 15.06 | p=magang produksi VCO {3} | s=jual mesin VCO bekas
dinas g | Dinas Perikanan Kabupaten Indragiri Hulu | 14.02 | t=penyuluh pengolahan ikan patin untuk kelompok di Indragiri Hulu {2}
dudi s | Kepri Snack Batam (distributor oleh-oleh) | 21.71 | h=membeli kerupuk udang dan gula kelapa dari Tembilahan {300:bungkus/bulan}
dudi s | Toko Daring Produk Kelapa Jakarta | 31.74 | p=pelatihan daring kemasan dan pemasaran produk kelapa untuk UMKM se-Indonesia {100}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Sulawesi Selatan: Kabupaten Sinjai (73.07)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_sinjai",
        "SNJ",
        "Rincian Sumbangsih Lembaga",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Sinjai | 73.07 | p=pelatihan kerja di UPTD BLK Sinjai: menjahit, las, barista {48} | h=bursa kerja dan informasi lowongan {100}
dinas g | Dinas Pertanian Kabupaten Sinjai (Bidang Perkebunan) | 73.07 | s=bantuan alat pascapanen kopi (pulper, huller, para-para jemur) bagi kelompok tani terdaftar lewat proposal {5} | t=penyuluh perkebunan kopi {3}
dinas g | Dinas Koperasi dan UKM Kabupaten Sinjai | 73.07 | d=dana bergulir bagi koperasi dan kelompok usaha binaan, maks Rp 20 jt per kelompok {Rp 300.000.000} | p=pendampingan PIRT, sertifikat halal dan kemasan {40}
dinas g | UPTD Pelabuhan Perikanan Lappa | 73.07 | s=ruang serbaguna di TPI Lappa bisa dipakai pelatihan {1}
dinas g | Dinas Perdagangan dan Perindustrian Kabupaten Sinjai | 73.07 | h=gerai produk IKM di Pasar Sentral Sinjai dan fasilitasi temu bisnis {25:produk} | p=bimtek pengolahan dan kemasan kopi {20}
dinas g | Dinas Sosial Kabupaten Sinjai | 73.07 | d=bantuan KUBE bagi keluarga miskin di DTKS {Rp 20.000.000}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Sinjai | 73.07 | h=stan oleh-oleh di Taman Purbakala Batu Pake Gojeng dan festival Pulau Sembilan {20:produk} | t=narasumber sadar wisata {2}
dinas g | DP3A Kabupaten Sinjai | 73.07 | d=bantuan usaha ekonomi produktif bagi kelompok perempuan kepala keluarga {Rp 50.000.000} | t=fasilitator pemberdayaan perempuan {2}
blk g | UPTD BLK Kabupaten Sinjai | 73.07 | t=instruktur tata boga dan pengolahan pangan {2} | p=pelatihan barista dan pengolahan kopi 120 JP {16} | s=dapur praktik dan mesin roasting kecil bisa dipinjam kelompok di luar jadwal {1}
blk g | BLK Komunitas Ponpes Al-Ikhlas Sinjai Timur (kejuruan otomotif) | 73.07 | t=instruktur otomotif {1} | s=bengkel otomotif {1}
donor m | BAZNAS Kabupaten Sinjai | 73.07 | d=zakat produktif berupa modal usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Sulselbar Cabang Sinjai | 73.07 | d=KUR mikro sampai Rp 50 jt per usaha {Rp 3 M}
donor s | CSR Pabrik Gula Camming | 73.08 | d=bantuan modal bagi kelompok di desa ring 1 pabrik di Kecamatan Libureng, Bone {Rp 300.000.000}
donor s | TJSL PLN UP3 Bulukumba | 73.02 | d=bantuan modal dan peralatan bagi UMKM binaan di Bulukumba, Sinjai dan Selayar lewat proposal {Rp 150.000.000}
donor m | LAZ Sinjai Bersatu | 73.07 | d=qardhul hasan bagi pedagang Pasar Sentral Sinjai, maks Rp 2 jt per orang {Rp 40.000.000}
donor s | Program Hibah Alat Pascapanen Kopi Nusantara (seleksi nasional) | 31.74 | s=hibah mesin pulper, huller dan roaster bagi kelompok tani kopi se-Indonesia lewat seleksi proposal {3}
dudi s | Toko Mesin Pertanian Tani Jaya Sinjai | 73.07 | s=jual mesin pulper, huller dan roaster kecil, bisa kredit 12 bulan
dudi s | Pengepul Kopi Gelondong Manipi | 73.07 | h=membeli kopi gelondong merah dari petani Sinjai Barat {3:ton/minggu}
dudi s | Roastery Kopi Gojeng Sinjai | 73.07 | h=membeli kopi beras arabika Sinjai Barat untuk disangrai {200:kg/bulan} | p=pelatihan roasting dan cupping {10}
dudi s | Kafe Lappa Coffee Sinjai Utara | 73.07 | h=membeli kopi bubuk arabika lokal untuk kafe {30:kg/bulan}
dudi s | Pusat Oleh-oleh Khas Sinjai Jl. Persatuan Raya | 73.07 | h=membeli putus kopi bubuk kemasan, dodol rumput laut dan abon ikan dari produsen ber-PIRT {400:bungkus/bulan}
dudi s | Swalayan Panrita Sinjai | 73.07 | h=konsinyasi produk UMKM berlabel halal dan berbarcode {30:produk}
dudi s | PT Kopi Celebes Makassar (eksportir) | 73.71 | h=membeli kopi beras grade 1 dari Sinjai, Gowa dan Enrekang, minimal 1 ton per kirim {20:ton/bulan}
dudi s | UD Pulau Sembilan (pengepul rumput laut) | 73.07 | h=membeli rumput laut kering Eucheuma dari pembudidaya {5:ton/minggu}
dudi s | CV Sinjai Marine (pengolahan karaginan) | 73.07 | p=magang produksi karaginan untuk lulusan SMK {3} | t=teknisi mutu karaginan {1}
dudi s | UMKM Dodol dan Stik Rumput Laut Mutiara Tongke-Tongke | 73.07 | t=pemilik mau melatih pembuatan dodol, stik dan kerupuk rumput laut di desa {2} | h=membeli rumput laut kering dari pembudidaya {1:ton/bulan}
dudi s | Rumah Makan Ikan Bakar Lappa | 73.07 | p=PKL siswa tata boga {2}
dudi s | Katering Aisyah Sinjai | 73.07 | h=memesan kue dan olahan untuk acara {100:kotak/bulan}
dudi s | Agrowisata Kebun Kopi Sinjai Barat | 73.07 | h=titip jual kopi lokal kepada wisatawan {20:produk} | p=wisata edukasi kopi untuk rombongan {30}
smk m | SMK Negeri 3 Sinjai (Agribisnis Pengolahan Hasil Pertanian) | 73.07 | s=ruang produksi dengan mesin sangrai dan grinder kopi bisa dipakai kelompok tani terjadwal {1} | t=guru produktif pengolahan kopi {1}
smk m | SMK Negeri Kelautan dan Perikanan Sinjai | 73.07 | t=guru produktif pengolahan hasil perikanan termasuk olahan rumput laut bisa mengajar kelompok sore hari {1} | s=ruang praktik pengolahan hasil perikanan {1}
lkp m | LKP Tata Boga Mawar Sinjai | 73.07 | p=kursus tata boga berbayar {20} | t=instruktur kue dan olahan pangan, hanya mengajar di lembaga sendiri {2}
pkbm m | PKBM Pulau Sembilan Cerdas | 73.07 | p=warga belajar yang mencari tempat praktik {20}
perguruan_tinggi m | Universitas Muhammadiyah Sinjai (Prodi Agribisnis) | 73.07 | t=dosen pendamping standar mutu kopi dan izin edar {2} | p=pelatihan kemasan dan pemasaran digital UMKM {25}
perguruan_tinggi m | Universitas Hasanuddin (Fakultas Ilmu Kelautan dan Perikanan) | 73.71 | t=dosen pengolahan rumput laut pendamping kelompok pengolah di Sulawesi Selatan, kunjungan berkala {2} | p=pelatihan diversifikasi olahan rumput laut {30}
ormas m | TP PKK Kabupaten Sinjai | 73.07 | p=kader PKK penggerak {40} | h=bazar UMKM saat Hari Jadi Sinjai {20:produk}
ormas m | Dekranasda Kabupaten Sinjai | 73.07 | h=galeri produk unggulan Sinjai dan kurasi untuk pameran {30:produk}
ormas m | HNSI DPC Sinjai | 73.07 | p=menggerakkan istri nelayan Lappa dan Pulau Sembilan ikut pelatihan {40}
ormas m | Asosiasi Petani Kopi Sinjai Barat | 73.07 | h=pemasaran bersama kopi anggota ke eksportir Makassar {10:ton/bulan} | t=petani kopi senior mau melatih pascapanen {2}
ormas m | Lembaga Adat Karampuang | 73.07 | p=menggerakkan warga untuk program desa {1}
tokoh_masyarakat m | Puang Haji Baso (tokoh nelayan Pulau Sembilan) | 73.07 | p=menggerakkan istri nelayan dan meminjamkan rumah panggung untuk kegiatan {1}
tokoh_masyarakat m | Ibu Andi Hasnah (pembuat dodol rumput laut senior Sinjai Timur) | 73.07 | t=mau mengajar membuat dodol dan selai rumput laut dua kali seminggu {1}
koperasi m | Koperasi Produsen Kopi Arabika Sinjai Barat | 73.07 | d=pinjaman khusus anggota {Rp 100.000.000} | s=unit pascapanen (pulper, huller) koperasi dipakai anggota dengan biaya jasa {1} | h=membeli kopi beras anggota {5:ton/bulan}
bumdes m | BUMDes Gunung Perak Sejahtera (Sinjai Barat) | 73.07 | s=rumah jemur kopi (dome) dan huller BUMDes, hanya untuk kelompok tani Desa Gunung Perak {1} | h=kios kopi BUMDes {20:produk}
bumdes m | BUMDes Tongke-Tongke (Sinjai Timur) | 73.07 | h=kios ekowisata mangrove menjual olahan warga Tongke-Tongke {30:produk} | s=gazebo dan ruang pertemuan untuk pelatihan {1}
dudi s | Roastery Kopi Borong | 73.07 tidak | h=membeli kopi beras arabika dari kelompok tani {300:kg/bulan}
pusat_karya m | Sentra Olahan Rumput Laut Samataring | 73.07 tidak | t=instruktur olahan rumput laut {2}
dudi s | Toko Kopi Pasar Sentral | 73.07 x | h=bisa titip
ormas m | Kelompok Pemuda Lappa | 73.07 x | p=pelatihan
dudi s | Kedai Kopi Malino | 73.06 | h=membeli kopi arabika dari petani Sinjai Barat dan Malino untuk kafe dan oleh-oleh {100:kg/bulan}
dinas g | Dinas Kelautan dan Perikanan Provinsi Sulawesi Selatan | 73.71 | d=bantuan modal dan peralatan bagi POKLAHSAR se-Sulawesi Selatan lewat proposal {Rp 500.000.000} | t=penyuluh pengolahan hasil perikanan provinsi {2}
dudi s | Pusat Oleh-oleh Khas Bulukumba | 73.02 | h=titip jual oleh-oleh khas Bulukumba dan Sinjai {40:produk}
lkp m | LKP Pengolahan Hasil Laut Bahari Bone | 73.08 | t=instruktur olahan rumput laut dan ikan bisa datang ke kelompok di Bone dan Sinjai dengan honor {2}
dudi s | Toko Oleh-oleh Kendari | 74.71 | h=menjual oleh-oleh khas Sulawesi Tenggara {30:produk}
dudi s | Marketplace Kopi Nusantara Jakarta | 31.74 | h=membeli kopi arabika specialty dari berbagai daerah, kirim sampel dulu {100:kg/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
