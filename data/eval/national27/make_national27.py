"""Write the twenty-seventh held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Kolaka"); what
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

    python3 data/eval/national27/make_national27.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20321127
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
    "35.22": ("Kabupaten Bojonegoro", -7.25558, 111.80987),
    "35.23": ("Kabupaten Tuban", -6.95341, 111.89224),
    "35.24": ("Kabupaten Lamongan", -7.13141, 112.30075),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "33.16": ("Kabupaten Blora", -7.07444, 111.38744),
    "17.02": ("Kabupaten Rejang Lebong", -3.43045, 102.70205),
    "17.08": ("Kabupaten Kepahiang", -3.62893, 102.64445),
    "17.07": ("Kabupaten Lebong", -3.09001, 102.24782),
    "17.03": ("Kabupaten Bengkulu Utara", -3.41883, 102.00188),
    "17.71": ("Kota Bengkulu", -3.8414, 102.30816),
    "16.73": ("Kota Lubuk Linggau", -3.263, 102.87511),
    "74.01": ("Kabupaten Kolaka", -4.07451, 121.52199),
    "74.11": ("Kabupaten Kolaka Timur", -3.79546, 121.60859),
    "74.08": ("Kabupaten Kolaka Utara", -3.26271, 121.13405),
    "74.06": ("Kabupaten Bombana", -4.80087, 121.8524),
    "74.71": ("Kota Kendari", -3.99771, 122.53288),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "35": "Jawa Timur",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "16": ["SUMATERA SELATAN", "SUMSEL"],
    "17": ["BENGKULU", "PROV. BENGKULU", "PROVINSI BENGKULU"],
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG"],
    "35": [
        "JAWA TIMUR",
        "JATIM",
        "PROV. JAWA TIMUR",
        "PROVINSI JAWA TIMUR",
        "JAWA TIMUR (JATIM)",
    ],
    "73": ["SULAWESI SELATAN", "SULSEL"],
    "74": ["SULAWESI TENGGARA", "SULTRA", "PROV. SULTRA", "PROVINSI SULAWESI TENGGARA"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "35.22": [
        "!",
        "KAB. BOJONEGORO",
        "BOJONEGORO",
        "KAB BOJONEGORO",
        "KABUPATEN BOJONEGORO",
        "BOJONEGORO, JAWA TIMUR",
        "KAB. BOJONEGORO - JATIM",
        "BJN",
    ],
    "35.23": ["TUBAN", "KAB. TUBAN (KEREK)"],
    "35.24": ["LAMONGAN"],
    "35.78": ["SURABAYA", "KOTA SBY", "KODYA SURABAYA"],
    "33.16": ["BLORA", "KAB. BLORA (CEPU)", "CEPU"],
    "17.02": [
        "!",
        "KAB. REJANG LEBONG",
        "REJANG LEBONG",
        "REJANGLEBONG",
        "KAB REJANG LEBONG",
        "KAB. REJANG LEBONG (CURUP)",
        "CURUP",
        "RL",
    ],
    "17.08": ["KEPAHIANG", "KAB. KEPAHYANG"],
    "17.07": ["LEBONG", "KAB. LEBONG (MUARA AMAN)"],
    "17.03": ["BENGKULU UTARA", "BU", "KAB. BENGKULU UTARA (ARGA MAKMUR)"],
    "17.71": ["BENGKULU", "KOTA BENGKULU", "KODYA BENGKULU"],
    "16.73": ["LUBUKLINGGAU", "LUBUK LINGGAU", "KOTA LLG"],
    "74.01": [
        "!",
        "KAB. KOLAKA",
        "KOLAKA",
        "KAB KOLAKA",
        "KABUPATEN KOLAKA",
        "KAB. KOLAKA (SULTRA)",
        "KOLAKA - SULTRA",
        "KAB. KOLAKA (KOTA KOLAKA)",
    ],
    "74.11": ["KOLAKA TIMUR", "KOLTIM", "KAB. KOLTIM (TIRAWUTA)"],
    "74.08": ["KOLAKA UTARA", "KOLUT", "KAB. KOLUT (LASUSUA)"],
    "74.06": ["BOMBANA", "KAB. BOMBANA (RUMBIA)"],
    "74.71": ["KENDARI", "KOTA KENDARI", "KODYA KENDARI"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR"],
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
    "lkp": [
        "peserta kursus dan tempat magang untuk peserta",
        "kerja sama penyaluran lulusan",
    ],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": [
        "tempat prakerin bagi siswa dan rekrutmen alumni",
        "guru tamu dari industri",
    ],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": [
        "pelatihan dan modal usaha bagi anggota",
        "pendamping dan jejaring pemasaran",
    ],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": [
        "lokasi KKN dan mitra penelitian",
        "desa binaan untuk pengabdian",
    ],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Jawa Timur: Kabupaten Bojonegoro (35.22)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_bojonegoro",
        "BJN",
        "Wujud Dukungan Kemitraan",
        """
dinas g | Dinas Perindustrian dan Tenaga Kerja Kabupaten Bojonegoro | 35.22 | p=pelatihan di UPT Pelatihan Kerja Bojonegoro: las listrik, menjahit, tata boga, operator forklift {80} | h=bursa kerja dan rekrutmen tenaga lokal untuk kontraktor migas {120}
dinas g | Dinas Koperasi dan Usaha Mikro Kabupaten Bojonegoro | 35.22 | d=Kredit Usaha Mikro Daerah bunga 3 % per tahun, plafon Rp 10 jt per pelaku usaha mikro ber-NIB {Rp 1 M} | p=pendampingan NIB, PIRT dan sertifikasi halal gratis {50}
dinas g | Dinas Perdagangan Kabupaten Bojonegoro | 35.22 | h=gerai UMKM di Pasar Kota Bojonegoro dan stan di Festival Bengawan Solo, seleksi produk berkemasan {40:produk}
dinas g | Dinas Kebudayaan dan Pariwisata Kabupaten Bojonegoro | 35.22 | h=kurasi oleh-oleh untuk gerai di Kayangan Api dan Negeri Atas Angin, hanya menghubungkan UMKM ke pengelola gerai | t=narasumber pemandu wisata dan sadar wisata {2}
dinas g | Dinas Sosial Kabupaten Bojonegoro | 35.22 | d=bantuan usaha KUBE bagi keluarga penerima PKH yang tercatat di DTKS {Rp 15.000.000} | p=pelatihan keterampilan bagi eks-PMI dan penyandang disabilitas {25}
dinas g | Dinas Pendidikan Kabupaten Bojonegoro (Bidang Pendidikan Nonformal) | 35.22 | d=bantuan operasional PKW hanya bagi PKBM yang sudah terakreditasi BAN PAUD dan PNF {Rp 20.000.000} | t=penilik pendamping kursus dan kesetaraan {2}
dinas g | Dinas Ketahanan Pangan dan Pertanian Kabupaten Bojonegoro | 35.22 | s=bantuan alat perajang pisang dan spinner peniris minyak bagi KWT terdaftar Simluhtan {6} | t=penyuluh pengolahan hasil pertanian {2}
blk g | UPT Pelatihan Kerja Disnakertrans Provinsi Jawa Timur di Bojonegoro | 35.22 | p=pelatihan las pipa dan K3 migas 200 JP {32} | t=instruktur las bersertifikat BNSP {2}
blk m | BLK Komunitas Pesantren Al-Hikmah Baureno | 35.22 | p=pelatihan menjahit busana muslim 3 bulan {16} | s=sepuluh mesin jahit bisa dipinjam kelompok perempuan sekitar pondok {10}
donor m | BAZNAS Kabupaten Bojonegoro | 35.22 | d=Bojonegoro Berdaya: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 400.000.000}
donor m | LAZISNU Bojonegoro | 35.22 | d=qardhul hasan bagi pedagang kaki lima Alun-alun Bojonegoro, paling banyak Rp 3 jt per orang {Rp 60.000.000}
donor s | Bank Jatim Cabang Bojonegoro | 35.22 | d=KUR mikro dan kredit usaha perempuan sampai Rp 50 jt tanpa agunan tambahan {Rp 5 M}
donor s | TJSL Operator Lapangan Migas Banyu Urip (PT Cepu Energi Nusantara) | 35.22 | d=hibah modal dan alat usaha bagi kelompok warga desa ring 1 di Kecamatan Gayam dan Kalitidu {Rp 500.000.000} | p=pelatihan las dan operator bagi pemuda ring 1 {40}
donor s | CSR PT Semen Tuban Raya | 35.23 | d=bantuan modal UMKM bagi warga desa ring 1 pabrik di Kecamatan Kerek dan Merakurak, Tuban {Rp 300.000.000} | p=pelatihan batik gedog bagi perajin binaan di Kerek {20}
donor s | Program Hibah Perempuan Berkarya (seleksi nasional) | 31.74 | d=hibah modal usaha bagi kelompok perempuan perajin dan pengolah pangan seluruh Indonesia, proposal daring {Rp 30.000.000}
donor m | Yayasan Jati Lestari Bojonegoro | 35.22 | t=pendamping desain motif batik dan pewarna alam, datang tiap pekan {1} | s=hibah paket canting, wajan, kompor batik dan gawangan untuk sanggar pemula {6}
dudi s | Pusat Oleh-oleh Khas Bojonegoro Jl. Veteran | 35.22 | h=membeli putus ledre, kripik pisang dan olahan salak Wedi dari produsen ber-PIRT {800:bungkus/bulan}
dudi s | Pengepul Pisang Raja Pasar Padangan | 35.22 | h=menjual pisang raja nangka matang ke pembuat ledre dan kripik {2:ton/minggu}
dudi s | Toko Kemasan dan Mesin Sealer Bojonegoro | 35.22 | s=jual mika, standing pouch dan continuous sealer, bisa kredit 6 bulan untuk kelompok
dudi s | Swalayan Sumber Rejeki Bojonegoro | 35.22 | h=konsinyasi produk UMKM berizin PIRT dan berbarcode, pembayaran 30 hari {50:produk}
dudi s | Reseller Oleh-oleh Jonegoro (marketplace) | 35.22 | h=menjual ledre dan camilan khas Bojonegoro di marketplace, ambil putus dari kelompok {400:bungkus/bulan}
dudi s | Rest Area Oleh-oleh Jalur Cepu-Bojonegoro (Kalitidu) | 35.22 | h=titip jual camilan khas daerah, bagi hasil 20 % {30:produk}
dudi s | Butik Batik Jonegoroan Sekar Jati | 35.22 | h=membeli kain batik tulis motif Jonegoroan (Sekar Jati, Pari Sumilak, Parang Lembu Sekar Rinambat) dari perajin binaan {60:lembar/bulan} | t=desainer motif bisa melatih kelompok mitra sekali sebulan {1}
dudi s | UD Batik Seragam Madya Bojonegoro | 35.22 | h=memesan kain batik cap untuk seragam sekolah dan kantor, minimal 300 lembar per pesanan dari usaha ber-NIB {300:lembar/pesanan}
dudi s | Toko Bahan Batik dan Pewarna Bojonegoro | 35.22 | s=jual malam, naphtol, remasol, canting dan kain mori, bisa cicil untuk kelompok
dudi s | Mebel Jati Ngasem | 35.22 | p=magang tukang kayu mebel jati {4} | h=rekrut tukang amplas dan finishing {6}
dudi s | Kafe dan Galeri Kayangan Api | 35.22 | h=membeli ledre dan camilan lokal untuk kafe dan gerai galeri, ambil putus {150:bungkus/bulan}
dudi s | PT Rekayasa Bengawan (kontraktor fabrikasi migas) | 35.22 | p=OJT welder dan fitter 3 bulan bagi lulusan bersertifikat {8} | h=rekrut welder pipa 6G {10}
pkbm m | PKBM Tunas Bangsa Sumberrejo | 35.22 | t=tutor kesetaraan dan tutor menjahit {2} | s=ruang kelas untuk kursus sore {1}
pkbm m | PKBM Mekar Sari Kedungadem | 35.22 | p=warga belajar paket C yang mencari tempat praktik kerja {30}
smk m | SMK Negeri 1 Bojonegoro (Kriya Kreatif Batik dan Tekstil) | 35.22 | t=guru kriya batik bisa melatih batik tulis di lembaga mitra sore hari {1} | s=bengkel batik (kompor, gawangan, bak pewarna) dipinjamkan saat libur sekolah {1}
smk m | SMK Negeri 4 Bojonegoro (Agribisnis Pengolahan Hasil Pertanian) | 35.22 | s=ruang produksi pangan, penggorengan dan oven bisa dipakai kelompok dengan jadwal {1} | t=guru produktif pengolahan pangan {1}
lkp m | LKP Batik Tulis Sekar Rinambat | 35.22 | p=kursus batik tulis 2 bulan berbayar, Rp 1,2 jt per peserta {12} | h=alumni disalurkan ke butik jaringan kursus {4}
perguruan_tinggi m | Universitas Bengawan Bojonegoro (KKN Tematik) | 35.22 | t=mahasiswa KKN pendamping kemasan, foto produk dan penjualan daring, penerjunan tiap Agustus {8} | p=pelatihan pemasaran digital UMKM {30}
perguruan_tinggi m | Politeknik Teknologi Pangan Surabaya | 35.78 | t=dosen pendamping uji umur simpan camilan {1} | p=pelatihan keamanan pangan bagi UMKM {20}
ormas m | TP PKK Kabupaten Bojonegoro | 35.22 | p=kader PKK penggerak {50} | h=bazar UMKM Car Free Day Jl. Panglima Sudirman tiap Minggu pagi {25:produk}
ormas m | Dekranasda Kabupaten Bojonegoro | 35.22 | h=galeri batik Jonegoroan dan kurasi produk untuk pameran kerajinan nasional {30:produk} | p=lomba dan pelatihan desain motif {20}
ormas m | Paguyuban Perajin Batik Jonegoroan | 35.22 | t=perajin senior siap melatih batik tulis di desa lain bila ada honor transport {3} | h=pemasaran bersama di showroom paguyuban {40:produk}
tokoh_masyarakat m | Bu Lasmini (perajin batik tulis senior Dander) | 35.22 | t=mau mengajar nyanting dan pewarnaan di PKBM dua kali seminggu {1}
tokoh_masyarakat m | Mbah Sumirah (pembuat ledre senior Padangan) | 35.22 | t=mau berbagi cara membuat ledre renyah dan tahan lama {1}
koperasi m | Koperasi Wanita Setia Budi Padangan | 35.22 | d=simpan pinjam anggota dengan angsuran mingguan {Rp 200.000.000} | h=toko koperasi menjual olahan anggota {20:produk}
bumdes m | BUMDes Kayangan Api Desa Sendangharjo | 35.22 | h=kios di kawasan wisata Kayangan Api menjual olahan dan kerajinan warga Sendangharjo {30:produk}
bumdes m | BUMDes Dander Makmur | 35.22 | s=gedung serbaguna dan ruang kerja bersama untuk perajin {1} | h=etalase produk warga Dander {20:produk}
dudi s | Toko Oleh-oleh Ledre Bu Tinah | 35.22 tidak | h=membeli ledre dari kelompok rumahan {500:bungkus/bulan}
pusat_karya m | Sanggar Batik Mliwis Mukti | 35.22 tidak | t=instruktur batik tulis untuk sekolah dan PKBM {2}
dudi s | Warung Camilan Terminal Rajekwesi | 35.22 x | h=bisa titip
ormas m | Pokdarwis Waduk Pacal | 35.22 x | p=pelatihan
dudi s | Pusat Oleh-oleh Cepu | 33.16 | h=titip jual camilan khas Blora dan Cepu, bagi hasil 25 % {40:produk}
pusat_karya m | Sentra Batik Gedog Kerek | 35.23 | t=instruktur batik gedog bisa datang ke lembaga mitra seminggu sekali {1} | h=membeli kain tenun gedog dari penenun {50:lembar/bulan}
dudi s | Toko Oleh-oleh Lamongan | 35.24 | h=menjual wingko dan camilan khas Lamongan {30:produk}
dudi s | Toko Daring Camilan Nusantara Jakarta | 31.74 | h=membeli ledre Bojonegoro tiap bulan, dikirim ekspedisi {600:bungkus/bulan}
dudi s | Distributor Batik Tulis Surabaya | 35.78 | h=membeli batik tulis dari perajin seluruh Jawa Timur untuk butik di Surabaya {100:lembar/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Bengkulu: Kabupaten Rejang Lebong (17.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_rejang_lebong",
        "RJL",
        "Kontribusi yang Sanggup Diberikan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Rejang Lebong | 17.02 | p=pelatihan berbasis kompetensi: barista, menjahit, servis sepeda motor {48} | h=bursa kerja Curup dan penyaluran AKL ke perkebunan sawit {100}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Rejang Lebong | 17.02 | d=dana bergulir bagi KUB dan koperasi binaan, maks Rp 25 jt per kelompok {Rp 750.000.000} | p=pendampingan PIRT, halal dan merek {40}
dinas g | Dinas Pertanian dan Perikanan Kabupaten Rejang Lebong | 17.02 | s=bantuan mesin pulper dan huller kopi bagi kelompok tani terdaftar Simluhtan {3} | t=penyuluh budidaya kopi dan hortikultura {3} | p=sekolah lapang PHT cabai dan kubis bagi petani {25}
dinas g | Dinas Pariwisata Kabupaten Rejang Lebong | 17.02 | h=stan UMKM di Festival Bukit Kaba dan gerai di kawasan wisata Suban Air Panas {25:produk} | t=narasumber sadar wisata {2}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Bengkulu | 17.71 | s=pinjam pakai mesin roasting kopi 5 kg dan grinder bagi IKM kopi se-Provinsi Bengkulu, lewat proposal {4} | p=bimtek pengolahan kopi bubuk dan desain kemasan {30}
dinas g | Dinas Sosial Kabupaten Rejang Lebong | 17.02 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Cabang Dinas Pendidikan Provinsi Bengkulu Wilayah Rejang Lebong | 17.02 | p=memfasilitasi penandatanganan MoU link and match SMK dengan DUDI, tidak menyediakan tempat praktik | t=pengawas pembina SMK {2}
dinas g | Balai Penyuluhan Pertanian Kecamatan Selupu Rejang | 17.02 | s=lahan demplot dan rumah kaca BPP bisa dipakai praktik siswa dengan jadwal {1} | t=PPL pendamping budidaya sayuran {2}
blk g | UPTD Balai Latihan Kerja Rejang Lebong | 17.02 | p=pelatihan budidaya hortikultura dan greenhouse 160 JP bagi pencari kerja {16} | s=greenhouse hidroponik dan lahan praktik bisa dipinjam sekolah mitra dengan jadwal {1} | t=instruktur barista {1}
donor m | BAZNAS Kabupaten Rejang Lebong | 17.02 | d=Rejang Lebong Makmur: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
donor s | Bank Bengkulu Cabang Curup | 17.02 | d=KUR dan kredit usaha perempuan {Rp 4 M} | s=kredit pembelian mesin usaha dengan agunan {10}
donor s | CSR PLTA Musi (PT Energi Air Kepahiang) | 17.08 | s=hibah mesin pengolahan kopi bagi kelompok di desa ring 1 PLTA, Kecamatan Ujan Mas, Kepahiang {5} | d=modal usaha bagi warga ring 1 {Rp 200.000.000}
donor s | CSR PT Tambang Emas Lebong Tandai | 17.07 | d=beasiswa dan modal usaha bagi warga lingkar tambang Kecamatan Lebong Utara {Rp 300.000.000} | p=magang operator dan teknisi bagi pemuda lingkar tambang {10}
donor s | Program Hibah Kopi Nusantara (seleksi nasional) | 31.74 | s=hibah mesin roasting dan grinder bagi kelompok kopi terpilih seluruh Indonesia, proposal daring, 10 penerima per tahun {10}
donor m | Yayasan Kopi Rejang Lestari | 17.02 | t=pendamping cupping, profil sangrai dan pemasaran kopi spesialti, datang dua minggu sekali {1} | s=hibah satu roaster 1 kg dan timbangan digital untuk kelompok pemula {2}
dudi s | Rumah Kopi Curup (roastery dan kafe) | 17.02 | h=membeli kopi bubuk dan biji sangrai robusta Rejang dari kelompok, syarat lolos uji cita rasa {150:kg/bulan}
dudi s | Pusat Oleh-oleh Khas Curup Jl. Merdeka | 17.02 | h=membeli putus kopi bubuk kemasan, gula aren dan kerupuk dari produsen ber-PIRT {500:bungkus/bulan}
dudi s | Pengepul Kopi Asalan Pasar Atas Curup | 17.02 | h=menjual biji kopi asalan (green bean) ke pengolah kopi bubuk dan eksportir {10:ton/bulan}
dudi s | Toko Mesin Kopi dan Kemasan Bengkulu Jaya (cabang Curup) | 17.02 | s=jual mesin sangrai, grinder dan sealer, bisa cicilan 12 bulan {5}
dudi s | Penggilingan Kopi Cap Dua Gunung Curup | 17.02 | s=maklon sangrai dan giling: kelompok membawa biji, tarif per kg {500:kg/bulan}
dudi s | Swalayan Rejang Mandiri Curup | 17.02 | h=konsinyasi produk UMKM berlabel halal dan berbarcode {40:produk}
dudi s | Kafe Bukit Kaba | 17.02 | h=membeli biji sangrai robusta untuk espresso dari roaster lokal {30:kg/bulan} | p=magang barista 1 bulan {2}
dudi s | Hotel Griya Curup | 17.02 | p=PKL siswa perhotelan dan tata boga {6} | h=rekrut pramusaji {3}
dudi s | Kebun Sayur Organik Bermani Ulu Raya | 17.02 | p=prakerin siswa pertanian 3 bulan di kebun sayur organik dan rumah kemas {8} | h=rekrut lulusan sebagai mandor kebun {2}
dudi s | CV Agro Hortikultura Selupu Rejang (greenhouse paprika dan tomat) | 17.02 | p=magang 3 bulan di greenhouse dan pembibitan, hanya untuk mahasiswa S1 {4} | h=rekrut teknisi greenhouse lulusan SMK {3}
dudi s | Penangkaran Bibit Kopi dan Jeruk Sindang Kelingi | 17.02 | p=prakerin siswa di penangkaran bibit selama 2 bulan {4} | s=lahan dan bedeng persemaian bisa dipakai sekolah {1}
dudi s | Pedagang Besar Sayur Pasar Bang Mego (pengirim ke Palembang dan Jambi) | 17.02 | h=membeli kubis, cabai dan tomat dari petani dan kelompok {20:ton/minggu} | p=magang sortasi dan pengemasan sayur 1 bulan {3}
dudi s | Perkebunan Teh Kabawetan | 17.08 | p=prakerin siswa pertanian di kebun dan pabrik teh 3 bulan {10} | h=rekrut mandor dan pemetik {10}
dudi s | Toko Pertanian Tani Makmur Curup | 17.02 | s=jual benih, pupuk, mulsa plastik dan handsprayer, kredit untuk kelompok tani
dudi s | PT Sawit Rejang Agro | 17.03 | p=PKL siswa di kebun sawit dan pabrik kelapa sawit {12} | h=rekrut lulusan SMK pertanian sebagai mandor dan krani {15}
pkbm m | PKBM Bina Insani Curup Timur | 17.02 | t=tutor kesetaraan {2} | s=ruang kelas {1}
pkbm m | PKBM Harapan Bersama Bermani Ulu | 17.02 | p=warga belajar paket C yang mencari tempat praktik pertanian {20}
smk m | SMK Negeri 1 Rejang Lebong (Teknik) | 17.02 | s=bengkel otomotif dipinjamkan saat libur sekolah {1} | p=siswa TKR yang mencari tempat prakerin {30}
smk m | SMK Negeri 3 Rejang Lebong (Agribisnis Pengolahan Hasil Pertanian) | 17.02 | s=ruang produksi dengan roaster 2 kg dan grinder bisa dipakai kelompok dengan jadwal {1} | t=guru produktif pengolahan kopi {1}
lkp m | LKP Barista Rejang Kopi Academy | 17.02 | p=kursus barista dan roasting berbayar, Rp 1,5 jt per peserta {12} | h=penyaluran alumni ke kafe mitra {4}
perguruan_tinggi m | IAIN Curup (KKN Tematik) | 17.02 | t=mahasiswa KKN pendamping pemasaran digital UMKM {10} | p=pelatihan branding produk desa {30}
perguruan_tinggi m | Universitas Bengkulu (Fakultas Pertanian) | 17.71 | t=dosen pendamping uji cita rasa kopi dan indikasi geografis Kopi Robusta Rejang {2} | p=magang 1 bulan di kebun percobaan bagi siswa SMK {6}
ormas m | TP PKK Kabupaten Rejang Lebong | 17.02 | p=kader PKK penggerak {40} | h=bazar UMKM di Lapangan Setia Negara Curup tiap Minggu {20:produk}
ormas m | Dekranasda Kabupaten Rejang Lebong | 17.02 | h=galeri produk unggulan daerah dan kurasi untuk pameran {30:produk}
ormas m | Masyarakat Kopi Rejang | 17.02 | t=roaster senior dan Q-grader anggota siap mendampingi kelompok baru bila ada honor transport {2} | h=pemasaran bersama merek kolektif Kopi Rejang di pameran {50:kg/bulan}
tokoh_masyarakat m | Pak Jamaluddin (petani kopi senior Selupu Rejang) | 17.02 | t=mau berbagi cara petik merah dan jemur di para-para {1}
tokoh_masyarakat m | Ketua Adat Kutei Rejang Tengah | 17.02 | p=menggerakkan pemuda kutei ikut pelatihan {30}
koperasi m | Koperasi Produsen Kopi Bukit Daun Sejahtera | 17.02 | h=membeli biji kopi asalan anggota dan menjual ke eksportir {30:ton/bulan} | s=gudang dan mesin huller untuk anggota {1}
bumdes m | BUMDes Sumber Urip Selupu Rejang | 17.02 | s=rumah produksi bersama dengan roaster 3 kg untuk kelompok di desa, sewa per jam {1} | h=kios BUMDes di jalur wisata Bukit Kaba {20:produk}
bumdes m | BUMDes Tanjung Sanai | 17.02 | p=kebun agrowisata stroberi dan sayur menerima siswa praktik 2 minggu {6}
dudi s | Roastery Kopi Kaba Indah | 17.02 tidak | s=meminjamkan mesin sangrai kepada kelompok binaan {2} | h=membeli kopi bubuk kelompok {100:kg/bulan}
dudi s | Agrowisata Kebun Sayur Kaba Hill | 17.02 tidak | p=prakerin siswa pertanian 3 bulan {10} | h=rekrut lulusan {3}
dudi s | Toko Oleh-oleh Simpang Curup | 17.02 x | h=titip jual
ormas m | Kelompok Tani Muda Curup | 17.02 x | p=pelatihan
dudi s | Pusat Oleh-oleh Lubuk Linggau | 16.73 | h=titip jual kopi bubuk dan oleh-oleh dari Sumsel dan Bengkulu, bagi hasil 25 % {40:produk}
dudi s | Kafe Kopi Kepahiang | 17.08 | h=membeli biji sangrai robusta dari roaster Kepahiang dan Rejang Lebong {40:kg/bulan}
dudi s | Eksportir Kopi Bengkulu | 17.71 | h=membeli green bean grade 1, minimal 20 ton per kontrak {20:ton/kontrak}
dudi s | Toko Daring Kopi Sumatra Jakarta | 31.74 | h=membeli kopi bubuk robusta Rejang tiap bulan, dikirim ekspedisi {200:kg/bulan}
blk g | UPTD Balai Latihan Kerja Provinsi Bengkulu | 17.71 | p=pelatihan hidroponik 160 JP {16} | t=instruktur pengolahan kopi {1}
dudi s | Nursery Buah Lubuklinggau | 16.73 | p=prakerin pembibitan buah 3 bulan {4}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Sulawesi Tenggara: Kabupaten Kolaka (74.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_kolaka",
        "KLK",
        "Bentuk Uluran Tangan Mitra",
        """
dinas g | Dinas Kelautan dan Perikanan Kabupaten Kolaka | 74.01 | s=bantuan paket tali ris, pelampung dan para-para jemur bagi kelompok pembudidaya rumput laut yang terdaftar Kusuka {10} | t=penyuluh perikanan budidaya {3}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Kolaka | 74.01 | p=pelatihan operator alat berat kelas excavator di UPT Latihan Kerja {16} | h=bursa kerja dan penyaluran tenaga lokal ke smelter Pomalaa {200}
dinas g | Dinas Koperasi dan UKM Kabupaten Kolaka | 74.01 | d=dana bergulir koperasi dan KUB binaan, bunga 3 %, maks Rp 30 jt per kelompok {Rp 600.000.000} | p=pendampingan badan hukum koperasi {20}
dinas g | Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara | 74.71 | d=bantuan modal bibit rumput laut bagi kelompok pembudidaya se-Sultra lewat proposal {Rp 50.000.000} | s=gudang rumput laut bantuan pemerintah {2}
dinas g | Dinas Sosial Kabupaten Kolaka | 74.01 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Kolaka | 74.01 | h=temu bisnis pembudidaya dengan pembeli dari Makassar dan Surabaya, tanpa pembelian langsung
dinas g | Dinas ESDM Provinsi Sulawesi Tenggara | 74.71 | p=fasilitasi uji SIO dan pengawasan K3 tambang, tidak menyediakan tempat praktik | t=inspektur tambang sebagai narasumber {1}
blk g | UPT Latihan Kerja Kabupaten Kolaka | 74.01 | t=instruktur excavator dan wheel loader bersertifikat BNSP bisa diperbantukan ke LPK mitra {2} | s=satu unit excavator latih bisa dipinjam dengan jadwal {1}
blk m | BLK Komunitas Pondok Pesantren Darul Mukhlisin Wundulako | 74.01 | p=pelatihan las listrik 3 bulan {16} | t=instruktur las {1}
donor m | BAZNAS Kabupaten Kolaka | 74.01 | d=Kolaka Peduli: zakat produktif berupa modal dan alat usaha bagi mustahik, termasuk kelompok nelayan dan pembudidaya mustahik {Rp 350.000.000}
donor m | LAZ Mekongga Peduli | 74.01 | d=qardhul hasan bagi pedagang Pasar Raya Mekongga, paling banyak Rp 2 jt per orang {Rp 40.000.000}
donor s | Bank Sultra Cabang Kolaka | 74.01 | d=KUR mikro dan kredit usaha nelayan dan pembudidaya sampai Rp 50 jt, agunan usaha {Rp 5 M}
donor s | TJSL PT Nikel Pomalaa Mandiri | 74.01 | d=bantuan modal usaha bagi warga desa ring 1 smelter di Kecamatan Pomalaa {Rp 500.000.000} | p=magang operator alat berat 3 bulan bagi pemuda ring 1 Pomalaa {20} | h=rekrut operator bersertifikat SIO {30}
donor s | CSR PT Tambang Nikel Lasusua | 74.08 | d=modal usaha bagi pembudidaya rumput laut ring 1 tambang di Kecamatan Lambai dan Wawo, Kolaka Utara {Rp 250.000.000}
donor s | Program Hibah Ekonomi Biru (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok pembudidaya rumput laut dan nelayan kecil seluruh Indonesia, proposal daring {Rp 35.000.000}
donor m | Yayasan Pesisir Teluk Bone | 74.01 | t=pendamping budidaya rumput laut metode long line dan pascapanen {1} | s=hibah terpal jemur dan para-para bagi kelompok pemula di pesisir Kolaka {8}
dudi s | UD Sinar Laut Kolaka (pengepul rumput laut) | 74.01 | h=membeli rumput laut kering cottonii dari pembudidaya Tanggetada, Watubangga dan Wundulako, kadar air di bawah 35 % {30:ton/bulan} | d=pinjaman bibit dan tali ris, dibayar dengan hasil panen yang dijual ke UD {Rp 100.000.000}
dudi s | PT Karagenan Sulawesi Makmur | 73.71 | h=membeli rumput laut kering minimal 50 ton per kontrak {50:ton/kontrak}
dudi s | Penjual Bibit Rumput Laut Pulau Padamarang | 74.01 | h=menjual bibit rumput laut cottonii ke pembudidaya {5:ton/bulan}
dudi s | Toko Tali dan Alat Perikanan Kolaka | 74.01 | s=jual tali ris, pelampung botol dan terpal, bisa cicil untuk kelompok
dudi s | Gudang Kopra dan Kakao Wundulako | 74.01 | s=sewa gudang kering per bulan {2} | h=membeli biji kakao fermentasi {20:ton/bulan}
dudi s | CV Mekongga Alat Berat (rental excavator) | 74.01 | p=magang operator excavator 3 bulan bagi lulusan kursus bersertifikat {6} | h=rekrut operator dan helper mekanik {8}
dudi s | PT Sultra Jaya Kontraktor Tambang (site Pomalaa) | 74.01 | p=OJT operator dump truck dan excavator 2 bulan, hanya untuk karyawan baru hasil seleksi {10} | h=rekrut operator alat berat berpengalaman minimal 2 tahun {25}
dudi s | Bengkel Alat Berat Latambaga | 74.01 | p=magang mekanik alat berat {4} | h=rekrut helper mekanik {2}
dudi s | Pelabuhan Penyeberangan Kolaka (bongkar muat) | 74.01 | h=rekrut operator forklift dan crane pelabuhan bersertifikat SIO {6}
dudi s | Dealer Alat Berat Cabang Kendari | 74.71 | t=teknisi demo memberi pelatihan operator hanya bagi perusahaan pembeli unit {2}
dudi s | Rumah Makan Seafood Teluk Kolaka | 74.01 | h=membeli ikan dan udang segar nelayan {100:kg/hari}
dudi s | Toko Oleh-oleh Kolaka | 74.01 | h=membeli putus dodol dan stik rumput laut dari UMKM ber-PIRT {300:bungkus/bulan}
dudi s | Hotel Pomalaa Indah | 74.01 | p=PKL siswa perhotelan {4}
pkbm m | PKBM Bahari Tanggetada | 74.01 | t=tutor kesetaraan {2} | s=ruang kelas dan halaman jemur bisa dipakai kelompok warga {1}
pkbm m | PKBM Cahaya Pomalaa | 74.01 | p=warga belajar paket C yang mencari tempat magang {25}
smk m | SMK Negeri 2 Kolaka (Teknik Alat Berat) | 74.01 | t=guru produktif alat berat bisa mengajar di LPK mitra sore hari {1} | s=simulator excavator dan bengkel dipinjamkan saat libur sekolah {1}
smk m | SMK Negeri 1 Wundulako (Agribisnis Rumput Laut) | 74.01 | t=guru budidaya rumput laut {1} | s=ruang pengering dan alat uji kadar air bisa dipakai kelompok dengan jadwal {1}
lkp m | LPK Operator Alat Berat Anoa Kendari | 74.71 | p=kursus operator excavator berbayar, Rp 6 jt per peserta {20} | h=alumni disalurkan ke jaringan LPK {10}
lkp m | LPK Las dan Fabrikasi Kolaka | 74.01 | p=kursus las {16} | h=penyaluran alumni las ke smelter {8}
perguruan_tinggi m | Universitas Sembilanbelas November Kolaka (Teknik Pertambangan) | 74.01 | t=dosen K3 pertambangan sebagai narasumber {2} | p=pelatihan K3 dasar tambang {30}
perguruan_tinggi m | Universitas Halu Oleo (Fakultas Perikanan dan Ilmu Kelautan) | 74.71 | t=dosen pendamping budidaya dan pascapanen rumput laut {2} | p=pelatihan uji mutu rumput laut {25}
ormas m | TP PKK Kabupaten Kolaka | 74.01 | p=kader PKK penggerak {40} | h=bazar UMKM di Taman Kota Kolaka {20:produk}
ormas m | HNSI Kabupaten Kolaka | 74.01 | p=mendata nelayan dan pembudidaya untuk program bantuan {100} | t=pengurus penggerak {3}
ormas m | Asosiasi Pembudidaya Rumput Laut Kolaka | 74.01 | t=pembudidaya senior siap melatih kelompok baru bila ada honor transport {3} | h=penjualan bersama ke pabrik karagenan agar harga lebih baik {100:ton/bulan}
ormas m | Lembaga Adat Tolaki Mekongga | 74.01 | p=menggerakkan pemuda adat ikut pelatihan kerja {30}
tokoh_masyarakat m | Haji Baso (juragan rumput laut Watubangga) | 74.01 | d=meminjamkan modal bibit kepada pembudidaya tanpa bunga, dibayar saat panen {Rp 30.000.000} | h=membeli rumput laut kering {10:ton/bulan}
tokoh_masyarakat m | Pak Darwis (operator excavator senior) | 74.01 | t=mau melatih praktik excavator di LPK akhir pekan, belum bersertifikat instruktur {1}
koperasi m | Koperasi Nelayan Mina Bahari Tanggetada | 74.01 | d=simpan pinjam anggota {Rp 150.000.000} | s=gudang rumput laut koperasi bisa dipakai anggota {1}
koperasi m | Koperasi Karyawan Smelter Pomalaa | 74.01 | h=penyaluran tenaga kerja outsourcing ke smelter, termasuk operator alat berat {40}
bumdes m | BUMDes Mandiri Desa Lamunde | 74.01 | s=lantai jemur dan gudang desa disewakan ke pembudidaya {2} | h=membeli rumput laut kering warga untuk dijual ke Makassar {15:ton/bulan}
bumdes m | BUMDes Pesisir Desa Tanggetada | 74.01 | d=pinjaman modal bagi warga Desa Tanggetada {Rp 80.000.000} | s=para-para jemur bersama {3}
dudi s | UD Rumput Laut Bonto Tanggetada | 74.01 tidak | d=pinjaman bibit dan tali ris {Rp 50.000.000} | h=membeli rumput laut kering {20:ton/bulan}
dudi s | PT Jasa Pertambangan Latambaga | 74.01 tidak | p=magang operator alat berat 3 bulan {10} | h=rekrut operator {10}
dudi s | Kios Tali Pomalaa | 74.01 x | s=bisa cicil
ormas m | Pokdarwis Air Terjun Sakuli | 74.01 x | p=pelatihan
dudi s | PT Kebun Sawit Tirawuta | 74.11 | p=magang operator alat berat land clearing 2 bulan {4} | h=rekrut operator excavator {5}
dudi s | Pengepul Rumput Laut Bombana | 74.06 | h=membeli rumput laut kering dari pembudidaya Bombana dan sekitarnya {20:ton/bulan}
dudi s | PT Tambang Batu Kolaka Utara | 74.08 | p=magang operator alat berat 3 bulan {8}
dudi s | Eksportir Rumput Laut Surabaya | 35.78 | h=membeli rumput laut kering dari Sulawesi Tenggara lewat pengepul, minimal 100 ton {100:ton/kontrak}
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
        row.update(
            partner_id=p["partner_id"],
            name=p["name"],
            sector=p["sector"],
            kind=p["kind"],
        )
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


def satu_kolom(
    rows: list[dict], header: str, rng: random.Random
) -> tuple[list[str], list[list]]:
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
        write_csv(
            HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows]
        )
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(
            HERE / f"{base}_kapital.csv",
            COLUMNS,
            [[r[c] for c in COLUMNS] for r in kap],
        )
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
